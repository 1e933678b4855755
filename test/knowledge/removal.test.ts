import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { fakeEmbedder, tempFolder, type TempFolder } from './fixtures.ts';

// Inner pieces of words that occur in no other document. Not whole words: FTS5 stores stemmed terms
// ("quixotrav"), prefix-compressed against the previous term on the page ("march", then
// "[mar]malodeon"), so a whole-word search would miss a token that is still there. The first test
// checks each piece is in the FTS5 segments before removal, so the search is known to see them.
const SECRET_WORDS = ['xotra', 'alode', 'yrqui', 'umbob'];
const SECRET = `# Merger plan\n\nProject Quixotrave: we acquire marmalodeon in March; the zephyrquill vault code is K7Q-PLUMBOB-2291.\n`;

let directory: string;
let path: string;
let database: OpenedDatabase;
let handbook: TempFolder;
let confidential: TempFolder;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'tandem-removal-'));
  path = join(directory, 'tandem.db');
  database = openDatabase(path);
  // In a small index FTS5 often merges segments by chance right after a delete; in a large one the
  // segment holding a removed text can sit untouched for a long time. Turning automatic merges off
  // makes every test see the large-index case.
  database.sqlite.exec("INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts, rank) VALUES ('automerge', 0)");
  const pages: Record<string, string> = {};
  // Enough passages for FTS5 to hold several segments, so removal has to merge, not just drop one.
  for (let index = 0; index < 60; index++) pages[`page-${index}.md`] = `# Page ${index}\n\nOrdinary handbook text number ${index} about desks, lunches and printers.\n`;
  handbook = tempFolder(pages);
  confidential = tempFolder({ 'merger.md': SECRET, 'other.md': '# Other\n\nNothing secret here, just parking rules.\n' });
});

afterEach(() => {
  database.close();
  handbook.cleanup();
  confidential.cleanup();
  rmSync(directory, { recursive: true, force: true });
});

function fileBytes(): string {
  const parts = [path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file).toString('latin1'));
  return parts.join('\n').toLowerCase();
}

function survivors(): string[] {
  const bytes = fileBytes();
  return SECRET_WORDS.filter((word) => bytes.includes(word.toLowerCase()));
}

function ftsSegmentPieces(): string[] {
  const blobs = (database.sqlite.prepare('SELECT block FROM knowledge_chunks_fts_data').all() as Array<{ block: Buffer }>).map((row) => row.block.toString('latin1')).join('\n');
  return SECRET_WORDS.filter((word) => blobs.includes(word.toLowerCase()));
}

describe('removed text is gone from the database file', () => {
  it('leaves no byte of a forgotten source\'s unique text in the file or its WAL (rows, vectors, FTS5 tokens)', async () => {
    const knowledge = new KnowledgeBase({ database, embedder: fakeEmbedder() });
    await knowledge.addSource({ path: handbook.path, name: 'handbook' });
    await knowledge.addSource({ path: confidential.path, name: 'board' });
    expect(survivors()).toEqual(SECRET_WORDS);
    expect(ftsSegmentPieces()).toEqual(SECRET_WORDS);

    await knowledge.forget({ path: confidential.path, name: confidential.path });
    expect(survivors()).toEqual([]);
    expect(ftsSegmentPieces()).toEqual([]);
    expect(database.sqlite.prepare("SELECT count(*) AS n FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH 'marmalodeon'").get()).toEqual({ n: 0 });
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM knowledge_chunk_vectors').get()).toEqual({ n: 60 });
    database.close();
    expect(survivors()).toEqual([]);
    database = openDatabase(path);
  });

  it('purges the old text of an edited document too, and the freed pages go back to the file system', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.addSource({ path: confidential.path, name: 'board' });
    await knowledge.addSource({ path: handbook.path, name: 'handbook' });
    confidential.write('merger.md', '# Merger plan\n\nThe plan was dropped.\n');
    const summary = await knowledge.ingest(knowledge.sources());
    expect(summary.updated).toBe(1);
    expect(survivors()).toEqual([]);
    expect(database.sqlite.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(database.sqlite.pragma('freelist_count', { simple: true })).toBe(0);
  });
});
