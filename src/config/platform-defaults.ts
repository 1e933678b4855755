/**
 * Cross-field checks for the chat platforms, done at start-up with the other config errors so a
 * half-configured Slack app fails before anything starts, saying which variable is missing.
 */
import { ConfigError, type ConfigIssue } from '../errors.ts';
import type { TandemConfig } from './schema.ts';
import { maskSecret } from './secrets.ts';

export function applyPlatformDefaults(config: TandemConfig): TandemConfig {
  const slack = config.slack;
  if (!slack.botToken) return config;
  const mode = slack.mode ?? (slack.appToken ? 'socket' : 'http');
  const issues: ConfigIssue[] = [];
  if (mode === 'socket' && !slack.appToken) {
    issues.push({ key: 'SLACK_APP_TOKEN', value: undefined, allowed: 'an app-level token (xapp-…) with connections:write, required for Socket Mode (or set slack.mode: http with SLACK_SIGNING_SECRET)' });
  }
  if (mode === 'http' && !slack.signingSecret) {
    issues.push({ key: 'SLACK_SIGNING_SECRET', value: undefined, allowed: `the app's signing secret, required for HTTP mode; or SLACK_APP_TOKEN for Socket Mode (bot token ${maskSecret(slack.botToken)} is set)` });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { ...config, slack: { ...slack, mode } };
}
