import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { ConfigError } from '../../src/errors.ts';
import { maskSecrets } from '../../src/config/secrets.ts';
import { makeTempDir } from '../support/temp-dirs.ts';

function workspace(yaml?: string): string {
  const dir = makeTempDir('tandem-config-');
  if (yaml !== undefined) writeFileSync(join(dir, 'tandem.config.yaml'), yaml);
  return dir;
}

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives a complete local-only config with nothing configured', () => {
    const cwd = workspace();
    const { config, file } = loadConfig({ environment: {}, cwd });
    expect(file).toBeUndefined();
    expect(config.local).toMatchObject({ provider: 'ollama', model: 'llama3.2', host: 'http://127.0.0.1:11434' });
    expect(config.cloud.provider).toBeUndefined();
    expect(config.database.path).toBe(join(cwd, 'data/tandem.db'));
    expect(config.knowledge.includeSample).toBe(true);
  });

  it('reads the standard environment variables and implies the cloud vendor from its key', () => {
    const { config, environmentKeys } = loadConfig({
      environment: { ANTHROPIC_API_KEY: 'sk-ant-test', OLLAMA_HOST: '0.0.0.0:11434', TANDEM_DB: ':memory:' },
      cwd: workspace(),
    });
    expect(config.cloud).toMatchObject({ provider: 'anthropic', model: 'claude-sonnet-4-6', referenceModel: 'claude-sonnet-4-6' });
    expect(config.local.host).toBe('http://127.0.0.1:11434');
    expect(config.database.path).toBe(':memory:');
    expect(environmentKeys).toEqual(expect.arrayContaining(['ANTHROPIC_API_KEY', 'OLLAMA_HOST', 'TANDEM_DB']));
  });

  it('names the key, the bad value and what is allowed for every problem at once', () => {
    const cwd = workspace('local:\n  provider: lmstudio\n  contextWindow: big\nbudget:\n  monthlyUsd: -5\nreport:\n  timezone: Mars/Olympus\n');
    const issues = issuesOf(() => loadConfig({ environment: {}, cwd }));
    expect(issues).toEqual(
      expect.arrayContaining([
        { key: 'local.provider', value: 'lmstudio', allowed: 'one of "ollama", "openai-compatible"' },
        { key: 'local.contextWindow', value: 'big', allowed: 'a value of type number' },
        { key: 'budget.monthlyUsd', value: -5, allowed: 'a non-negative number of US dollars' },
        expect.objectContaining({ key: 'report.timezone', value: 'Mars/Olympus' }),
      ]),
    );
  });

  it('rejects unknown keys, listing the keys that section knows', () => {
    const issues = issuesOf(() => loadConfig({ environment: {}, cwd: workspace('budget:\n  monthlyUSD: 100\n') }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.key).toBe('budget.monthlyUSD');
    expect(issues[0]!.allowed).toContain('monthlyUsd');
  });

  it('blames the environment variable, with the secret masked, when the value came from it', () => {
    const issues = issuesOf(() => loadConfig({ environment: { SLACK_BOT_TOKEN: 'xoxp-1234567890-secretvalue' }, cwd: workspace() }));
    expect(issues[0]!.key).toBe('SLACK_BOT_TOKEN');
    expect(String(issues[0]!.value)).not.toContain('secretvalue');
    expect(issues[0]!.allowed).toContain('xoxb-');
  });

  it('refuses a cloud provider whose key is missing', () => {
    const issues = issuesOf(() => loadConfig({ environment: {}, cwd: workspace('cloud:\n  provider: openai\n') }));
    expect(issues[0]).toMatchObject({ key: 'cloud.provider', value: 'openai' });
    expect(issues[0]!.allowed).toContain('OPENAI_API_KEY');
  });

  it('honours TANDEM_CONFIG and reports a missing file by that name', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'other.yaml'), 'local:\n  model: qwen2.5\n');
    expect(loadConfig({ environment: { TANDEM_CONFIG: 'other.yaml' }, cwd: dir }).config.local.model).toBe('qwen2.5');
    expect(issuesOf(() => loadConfig({ environment: { TANDEM_CONFIG: 'nope.yaml' }, cwd: dir }))[0]!.key).toBe('TANDEM_CONFIG');
  });

  it('reports invalid YAML as a config error', () => {
    expect(issuesOf(() => loadConfig({ environment: {}, cwd: workspace('local: [unclosed\n') }))[0]!.allowed).toBe('valid YAML');
  });

  it('masks every secret in printouts', () => {
    const { config } = loadConfig({ environment: { OPENAI_API_KEY: 'sk-proj-abcdefghijklmnop1234', DISCORD_TOKEN: 'MTIz.secret.token-value' }, cwd: workspace() });
    const printed = JSON.stringify(maskSecrets(config));
    expect(printed).not.toContain('abcdefghijklmnop');
    expect(printed).not.toContain('secret.token');
    expect(printed).toContain('…1234');
  });
});

describe('slack.host', () => {
  it('defaults to loopback, so HTTP mode is reachable only through the proxy in front of it', () => {
    const { config } = loadConfig({ environment: {}, cwd: workspace() });
    expect(config.slack).toMatchObject({ host: '127.0.0.1', port: 3000 });
  });

  it('takes an address or host name, and names the problem for a URL', () => {
    expect(loadConfig({ environment: {}, cwd: workspace('slack:\n  host: 0.0.0.0\n') }).config.slack.host).toBe('0.0.0.0');
    expect(loadConfig({ environment: {}, cwd: workspace("slack:\n  host: '::'\n") }).config.slack.host).toBe('::');
    const issues = issuesOf(() => loadConfig({ environment: {}, cwd: workspace('slack:\n  host: http://0.0.0.0:3000\n') }));
    expect(issues).toEqual([expect.objectContaining({ key: 'slack.host', allowed: expect.stringContaining('no scheme, no port') })]);
  });
});
