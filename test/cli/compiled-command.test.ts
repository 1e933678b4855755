/**
 * The `tandem` command as installed: bin/tandem.mjs runs the compiled build in dist/ (building it
 * first when the sources changed), finds the migrations and the sample handbook from there, and
 * answers --version and --help without touching the database. A question loads only what answering
 * needs: without a cloud provider, neither the privacy guard's packages nor the tokenizer.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { CLOSED_PORT_URL, tempWorkspace } from '../support/cli-harness.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/tandem.mjs');
const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

let workspace: string | undefined;
afterEach(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
});

const LOADED_PACKAGES = join(import.meta.dirname, '../support/loaded-packages.mjs');

/** Only what the command needs: no keys from the developer's shell may reach it. */
function environment(cwd: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: cwd, TANDEM_DB: join(cwd, 'data', 'tandem.db'), OLLAMA_HOST: CLOSED_PORT_URL, ...extra };
}

function tandem(args: string[], cwd: string, extra: { environment?: Record<string, string>; nodeOptions?: string[] } = {}) {
  return run(process.execPath, [...(extra.nodeOptions ?? []), BIN, ...args], { cwd, env: environment(cwd, extra.environment), timeout: 60_000 });
}

/** The kept tables of the build bin/tandem.mjs runs for the sources as they are (scripts/build.mjs), each with its modification time. */
function keptTables(): Record<string, number> {
  const entry = execFileSync(process.execPath, ['--input-type=module', '-e', "const { currentBuild } = await import('./scripts/build.mjs'); console.log(currentBuild() ?? '')"], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' }).trim();
  const folder = join(dirname(entry), 'tables');
  return Object.fromEntries(readdirSync(folder).map((file) => [file, statSync(join(folder, file)).mtimeMs]));
}

/** The command with `input` on its standard input, which then closes (the terminal chat ends there). */
function tandemWithInput(args: string[], cwd: string, input: string, extra: { environment?: Record<string, string>; nodeOptions?: string[] } = {}): string {
  return execFileSync(process.execPath, [...(extra.nodeOptions ?? []), BIN, ...args], { cwd, env: environment(cwd, extra.environment), input, encoding: 'utf8', timeout: 60_000 });
}

/** The packages (node_modules folder names) a `tandem ask` process loaded, by import or require. */
async function packagesLoadedByAsk(cwd: string, environment: Record<string, string> = {}): Promise<Set<string>> {
  const list = join(cwd, 'loaded.txt');
  await tandem(['ask', '--json', 'how many vacation days do I get?'], cwd, { environment: { ...environment, TANDEM_TEST_LOADED_PACKAGES: list }, nodeOptions: ['--import', LOADED_PACKAGES] });
  return new Set(readFileSync(list, 'utf8').split('\n').flatMap((line) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line)?.[1] ?? []));
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

  it('answers on an unchanged index without loading the privacy guard or the tokenizer, with or without a cloud configured; the bot with a cloud loads the guard at start', async () => {
    workspace = tempWorkspace();
    // The first question indexes the sample handbook (chunk sizes need the tokenizer); the next one is measured.
    await tandem(['ask', 'hello'], workspace);
    const local = await packagesLoadedByAsk(workspace);
    expect(local).toContain('better-sqlite3');
    for (const unused of ['compromise', 'libphonenumber-js', 'gpt-tokenizer', '@pydantic/genai-prices', 'openai', '@anthropic-ai/sdk']) expect(local).not.toContain(unused);
    // A one-off question that stays local never runs the guard: it loads only for a request that escalates.
    const cloud = { OPENAI_API_KEY: 'sk-test-not-a-key', OPENAI_BASE_URL: `${CLOSED_PORT_URL}/v1` };
    const withCloud = await packagesLoadedByAsk(workspace, cloud);
    for (const guard of ['compromise', 'libphonenumber-js']) expect(withCloud).not.toContain(guard);
    // The bot (here the terminal chat, ended by its closed input) has the guard ready before the first message could escalate.
    const list = join(workspace, 'loaded-by-start.txt');
    tandemWithInput(['start'], workspace, '', { environment: { ...cloud, TANDEM_TEST_LOADED_PACKAGES: list }, nodeOptions: ['--import', LOADED_PACKAGES] });
    const started = new Set(readFileSync(list, 'utf8').split('\n').flatMap((line) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line)?.[1] ?? []));
    for (const guard of ['compromise', 'libphonenumber-js']) expect(started).toContain(guard);
  });

  it('keeps the guard\'s derived word tables beside the build, and redacts with them exactly as the sources do', () => {
    workspace = tempWorkspace();
    // Names from the names lists, towns, a Hebrew name, another language's month, a popular title, ordinary words.
    const texts = [
      'ask Zoë Kowalski in Łódź about the invoice',
      'נועה כהן will cover the 3 Kasım standup',
      'deliver to Dorf 27, 6542 Pfunds by friday',
      'summarise Satya Nadella\'s keynote for the newsletter, and cc priya raman',
      'the deploymnt faild agian, logs attached',
    ];
    const input = `${texts.map((text) => JSON.stringify({ text })).join('\n')}\n`;
    const expected = texts.map((text) => detectEntities(text).map(({ type, start, end }) => ({ type, start, end })));
    // The first run may derive and keep the tables; the second reads what was kept.
    const redacted = () => tandemWithInput(['redact', '--jsonl'], workspace!, input).trim().split('\n').map((line) => (JSON.parse(line) as { entities: unknown[] }).entities);
    expect(redacted()).toEqual(expected);
    const afterFirst = keptTables();
    expect(redacted()).toEqual(expected);
    expect(keptTables(), 'the second run read the tables the first kept, and rewrote none').toEqual(afterFirst);
    for (const table of ['human-names', 'settlements', 'wikipedia-titles', 'english-words', 'calendar-words', 'hebrew-given-names', 'hebrew-family-names']) {
      expect(Object.keys(afterFirst).some((file) => file.startsWith(`${table}-`)), table).toBe(true);
    }
  });
});
