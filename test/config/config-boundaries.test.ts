/**
 * Configuration fails closed: Discord ids YAML would round are refused before anything starts, and
 * nothing `tandem` prints about its configuration shows a credential — not a misspelled key's
 * value, not the password inside OLLAMA_HOST or a base URL.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runTandem, tempWorkspace } from '../support/cli-harness.ts';

const CONFIDENTIAL_ID = '1310000000000000204';
// Built from parts so no realistic credential sits in the source.
const BOT_TOKEN = ['xoxb', '2718281828', '3141592653', 'qWeRtYuIoPaSdFgH'].join('-');
const HOST_PASSWORD = ['pa55', 'w0rd'].join('');

const workspaces: string[] = [];
function workspace(yaml: string): string {
  const dir = tempWorkspace(yaml);
  workspaces.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Discord ids written bare in YAML', () => {
  it.each([
    ['a channel policy key', `channels:\n  ${CONFIDENTIAL_ID}: { policy: confidential }\n`, `channels.${CONFIDENTIAL_ID}`],
    ['a report channel', `report:\n  channels:\n    discord: [${CONFIDENTIAL_ID}]\n`, 'report.channels.discord.0'],
    ['a knowledge folder channel', `knowledge:\n  folders:\n    - path: ./kb\n      channels:\n        - ${CONFIDENTIAL_ID}\n`, 'knowledge.folders.0.channels.0'],
    ['a viewer', `report:\n  viewers:\n    users: [${CONFIDENTIAL_ID}]\n`, 'report.viewers.users.0'],
    ['a guild id', `discord:\n  guildIds: [${CONFIDENTIAL_ID}]\n`, 'discord.guildIds.0'],
  ])('as %s: config check and start refuse with exit 2, the exact digits and the fix', async (_label, yaml, key) => {
    const cwd = workspace(yaml);
    for (const args of [['config', 'check'], ['start', '--shell']]) {
      const run = await runTandem(args, { cwd });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${key}: got ${CONFIDENTIAL_ID}`);
      expect(run.stderr).toContain(`quote Discord ids: '${CONFIDENTIAL_ID}'`);
      // The rounded id never appears: it is someone else's channel.
      expect(run.stderr).not.toContain('1310000000000000300');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('quoted ids are kept exactly, as keys and in lists', async () => {
    const cwd = workspace(
      `channels:\n  '${CONFIDENTIAL_ID}': { policy: confidential }\nreport:\n  channels:\n    discord: ['${CONFIDENTIAL_ID}']\n  viewers:\n    roles: ["${CONFIDENTIAL_ID}"]\n`,
    );
    const run = await runTandem(['config', 'check', '--json'], { cwd });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { channels: Record<string, unknown>; report: { channels: { discord: string[] }; viewers: { roles: string[] } } };
    expect(Object.keys(printed.channels)).toEqual([CONFIDENTIAL_ID]);
    expect(printed.report.channels.discord).toEqual([CONFIDENTIAL_ID]);
    expect(printed.report.viewers.roles).toEqual([CONFIDENTIAL_ID]);
  });

  it('small numbers that YAML holds exactly are left to the ordinary type checks', async () => {
    const run = await runTandem(['config', 'check'], { cwd: workspace('budget:\n  monthlyUsd: 200\n') });
    expect(run.code).toBe(0);
  });
});

describe('configuration printouts never show a credential', () => {
  it('a misspelled key holding a token is named, its value hidden', async () => {
    const run = await runTandem(['config', 'check'], { cwd: workspace(`slack:\n  bot_token: ${BOT_TOKEN}\n`) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('slack.bot_token: value hidden; allowed: not a known key');
    expect(run.stderr).not.toContain('qWeRtYuIoPaSdFgH');
    expect(run.stderr).not.toContain('2718281828');
  });

  it('a misspelled section holding credentials is named, its contents hidden', async () => {
    const run = await runTandem(['config', 'check'], { cwd: workspace(`slack:\n  auth:\n    bot: ${BOT_TOKEN}\n`) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('slack.auth: value hidden');
    expect(run.stderr).not.toContain('qWeRtYuIoPaSdFgH');
  });

  it('credentials inside OLLAMA_HOST and base URLs are masked in config check', async () => {
    const cwd = workspace(`cloud:\n  openai:\n    baseUrl: https://proxy-user:${HOST_PASSWORD}@llm-proxy.example/v1\n`);
    const run = await runTandem(['config', 'check'], { cwd, environment: { OLLAMA_HOST: `http://admin:${HOST_PASSWORD}@10.1.2.3:11434` } });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(HOST_PASSWORD);
    expect(run.stdout + run.stderr).not.toContain('proxy-user');
    expect(run.stdout).toContain('http://•••@10.1.2.3:11434');
    expect(run.stdout).toContain('https://•••@llm-proxy.example/v1');
  });

  it('an invalid value is shown with its credentials masked', async () => {
    const cwd = workspace(`local:\n  host: ftp://admin:${HOST_PASSWORD}@files.example\n`);
    const run = await runTandem(['config', 'check'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('local.host: got "ftp://•••@files.example"');
    expect(run.stderr).not.toContain(HOST_PASSWORD);
  });
});
