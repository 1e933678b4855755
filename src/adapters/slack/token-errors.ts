/**
 * A revoked or wrong token is an operator's configuration problem, not a crash: start-up stops with
 * one line naming the variable and what to put there.
 */
import { TandemError } from '../../errors.ts';
import { SlackApiError, slackErrorCode } from './slack-errors.ts';

const TOKEN_ERRORS = new Set(['invalid_auth', 'not_allowed_token_type', 'token_revoked', 'account_inactive', 'not_authed']);

export function tokenRejection(error: unknown): TandemError | undefined {
  const code = slackErrorCode(error);
  if (code === undefined || !TOKEN_ERRORS.has(code)) return undefined;
  const method = error instanceof SlackApiError ? error.method : undefined;
  // apps.connections.open takes only the app-level token; not_allowed_token_type means a bot token was given there.
  const appToken = method === 'apps.connections.open' || code === 'not_allowed_token_type';
  const message = appToken
    ? `Slack refused the app-level token (${code}): set SLACK_APP_TOKEN (slack.appToken) to an app-level token (xapp-…) with the connections:write scope, from Basic Information → App-Level Tokens.`
    : `Slack refused the bot token (${code}): set SLACK_BOT_TOKEN (slack.botToken) to the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; reinstall the app if the token was revoked.`;
  return new TandemError('CONFIG_INVALID', message, { cause: error });
}
