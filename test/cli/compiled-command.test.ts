/**
 * The `tandem` command as installed: bin/tandem.mjs runs the compiled build in dist/ (building it
 * first when the sources changed), finds the migrations and the sample handbook from there, and
 * answers --version and --help without touching the database.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSED_PORT_URL, tempWorkspace } from '../support/cli-harness.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/tandem.mjs');
const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

let workspace: string | undefined;
afterEach(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
});

function tandem(args: string[], cwd: string) {
  // Only what the command needs: no keys from the developer's shell may reach it.
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, TANDEM_DB: join(cwd, 'data', 'tandem.db'), OLLAMA_HOST: CLOSED_PORT_URL };
  return run(process.execPath, [BIN, ...args], { cwd, env, timeout: 60_000 });
}

describe('the compiled tandem command', () => {
  it('prints its version and its commands without creating a database', async () => {
    workspace = tempWorkspace();
    const version = await tandem(['--version'], workspace);
    expect(version.stdout.trim()).toBe(VERSION);
    const help = await tandem(['--help'], workspace);
    for (const command of ['start', 'ask', 'summarize', 'route', 'redact', 'ingest', 'report', 'config']) expect(help.stdout).toContain(command);
    expect(existsSync(join(workspace, 'data'))).toBe(false);
  });

  it('answers from the bundled sample handbook, migrating a new database', async () => {
    workspace = tempWorkspace();
    const { stdout } = await tandem(['ask', '--json', 'how many vacation days do I get?'], workspace);
    const answer = JSON.parse(stdout) as { route: string; citations: Array<{ source: string }> };
    expect(answer.route).toBe('retrieval-only');
    expect(answer.citations[0]?.source).toMatch(/^handbook\//);
    expect(existsSync(join(workspace, 'data', 'tandem.db'))).toBe(true);
  });
});
