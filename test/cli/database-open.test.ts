import Database from 'better-sqlite3';
import { openSync, readFileSync, rmSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { runTandem, tempWorkspace, type CliRun } from '../support/cli-harness.ts';

const workspaces: string[] = [];

afterEach(() => {
  for (const workspace of workspaces.splice(0)) rmSync(workspace, { recursive: true, force: true });
});

function workspace(): { cwd: string; db: string } {
  const cwd = tempWorkspace('knowledge:\n  includeSample: false\n');
  workspaces.push(cwd);
  return { cwd, db: join(cwd, 'tandem.db') };
}

/** A real tandem database with some rows, closed (so the WAL is checkpointed into the file). */
function populatedDatabase(path: string): void {
  const database = openDatabase(path);
  const insert = database.sqlite.prepare("INSERT INTO knowledge_meta (key, value) VALUES (?, ?)");
  for (let index = 0; index < 400; index++) insert.run(`filler-${index}`, 'x'.repeat(200));
  // Restriction rows every command reads while registering the configured folders.
  const restrict = database.sqlite.prepare('INSERT INTO knowledge_folder_channels (folder, channel) VALUES (?, ?)');
  for (let index = 0; index < 400; index++) restrict.run('old-folder', `channel-${index}-${'y'.repeat(150)}`);
  database.close();
}

function expectOneLineRefusal(run: CliRun, pattern: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |SqliteError|unexpected error/);
}

describe('tandem refuses a database it cannot trust, in one line', () => {
  it('a file that is not SQLite', async () => {
    const { cwd, db } = workspace();
    writeFileSync(db, 'name,amount\nlunch,12.50\n'.repeat(200));
    expectOneLineRefusal(await runTandem(['sources'], { cwd }), /tandem\.db is not a SQLite database .*--db or TANDEM_DB/);
  });

  it('a truncated copy', async () => {
    const { cwd, db } = workspace();
    populatedDatabase(db);
    truncateSync(db, 4096 * 3 + 100);
    expectOneLineRefusal(await runTandem(['sources'], { cwd }), /tandem\.db is truncated .*tandem backup/);
  });

  it('a database written by a newer tandem', async () => {
    const { cwd, db } = workspace();
    populatedDatabase(db);
    const raw = new Database(db);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 365 * 86_400_000);
    raw.close();
    expectOneLineRefusal(await runTandem(['ask', 'how many vacation days?'], { cwd }), /written by a newer tandem.*upgrade tandem/);
  });

  it('a database that fails its integrity check', async () => {
    const { cwd, db } = workspace();
    populatedDatabase(db);
    const raw = new Database(db);
    const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'knowledge_folder_channels'").get() as { rootpage: number };
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    // Scribble over the middle of the table's root page, as a failing disk or a bad copy would.
    const descriptor = openSync(db, 'r+');
    writeSync(descriptor, Buffer.alloc(64, 0xa5), 0, 64, (rootpage - 1) * pageSize + 8);
    closeSync(descriptor);
    expectOneLineRefusal(await runTandem(['sources'], { cwd }), /tandem\.db failed its integrity check .*backup/);
    // One-shot commands do not read a large file whole; the damaged page they touch refuses the same way.
    expectOneLineRefusal(await runTandem(['ask', 'how many vacation days?'], { cwd, environment: { OLLAMA_HOST: 'http://127.0.0.1:9' } }), /damaged .*restore your latest backup/);
  });

  it('a database another process is writing to: waits, then says so', async () => {
    const { cwd, db } = workspace();
    populatedDatabase(db);
    const writer = new Database(db);
    writer.pragma('journal_mode = WAL');
    writer.exec('BEGIN IMMEDIATE');
    try {
      expectOneLineRefusal(await runTandem(['sources'], { cwd }), /tandem\.db is locked by another process writing to it \(waited 5 s\)/);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  }, 30_000);

  it('opens a good database, and turns on incremental vacuum for one made before it existed', async () => {
    const { cwd, db } = workspace();
    const old = new Database(db);
    old.exec('CREATE TABLE leftover (x)');
    old.close();
    expect(readFileSync(db).subarray(0, 15).toString()).toBe('SQLite format 3');
    const run = await runTandem(['sources', '--json'], { cwd });
    expect(run.code).toBe(0);
    const reopened = new Database(db, { readonly: true });
    expect(reopened.pragma('auto_vacuum', { simple: true })).toBe(2);
    reopened.close();
  });
});

describe('tandem backup', () => {
  it('writes a consistent copy that tandem can open, and never overwrites a file', async () => {
    const { cwd, db } = workspace();
    populatedDatabase(db);
    const first = await runTandem(['backup', 'copy.db'], { cwd });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Backed up .* to .*copy\.db .*To restore: stop tandem/);
    const copy = new Database(join(cwd, 'copy.db'), { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM knowledge_meta WHERE key LIKE 'filler-%'").get()).toEqual({ n: 400 });
    copy.close();
    const again = await runTandem(['backup', 'copy.db'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
