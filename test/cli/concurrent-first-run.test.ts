/**
 * Two `tandem` commands started at once on a fresh install both index the sample handbook: the
 * second to write a document the first has just written takes it as an update, and neither fails.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSED_PORT_URL, tempWorkspace } from '../support/cli-harness.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/tandem.mjs');

let workspace: string | undefined;
afterEach(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
});

describe('commands started together on a fresh install', () => {
  it('all answer, and the sample handbook is indexed once', async () => {
    const cwd = (workspace = tempWorkspace());
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, TANDEM_DB: join(cwd, 'data', 'tandem.db'), OLLAMA_HOST: CLOSED_PORT_URL };
    const ask = () => run(process.execPath, [BIN, 'ask', '--json', 'how many vacation days do I get?'], { cwd, env, timeout: 60_000 }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
    );
    const runs = await Promise.all([ask(), ask(), ask()]);
    for (const result of runs) {
      expect(result.stderr).not.toMatch(/unexpected error|UNIQUE constraint/);
      // A failure under load says why: the process's own error line.
      expect(result.code, result.stderr).toBe(0);
      expect((JSON.parse(result.stdout) as { answer: string }).answer).toMatch(/vacation|days|time off/i);
    }
    const database = new Database(join(cwd, 'data', 'tandem.db'), { readonly: true });
    try {
      const copies = database.prepare<[], { copies: number }>('SELECT max(n) AS copies FROM (SELECT count(*) AS n FROM knowledge_documents GROUP BY source_path)').get();
      expect(copies?.copies).toBe(1);
    } finally {
      database.close();
    }
  }, 90_000);
});
