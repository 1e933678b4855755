/**
 * The first stage's order on a large index, without FTS5's bm25(): the passages holding more and
 * rarer of the question's rare words come first, a word in the heading counts at the heading's
 * weight, shorter passages win ties as in BM25 — the order FTS5's own bm25() gives where each word
 * occurs once — and a folder the channel cannot see is never a candidate.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { rankCandidates, type CandidateRankingInput } from '../../src/knowledge/search/candidate-ranking.ts';
import { DEFAULT_BM25_WEIGHTS, FtsSearch } from '../../src/knowledge/search/fts-search.ts';
import { inverseDocumentFrequency } from '../../src/knowledge/search/phrase-statistics.ts';
import type { CandidatePart } from '../../src/knowledge/search/query-plan.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { accessParams } from '../../src/knowledge/store/folder-access.ts';
import { CHANNEL, memoryDatabase, scope, tempFolder, type TempFolder } from './fixtures.ts';

let database: OpenedDatabase | undefined;
let folders: TempFolder[] = [];
afterEach(() => {
  database?.close();
  for (const folder of folders) folder.cleanup();
  database = undefined;
  folders = [];
});

const FILLER = ['the', 'office', 'kitchen', 'is', 'cleaned', 'on', 'fridays', 'and', 'the', 'plants', 'are', 'watered', 'by', 'whoever', 'is', 'in', 'first'];

/** `words` filler words then the sentence: passages of known, different lengths. */
function note(heading: string, sentence: string, words: number): string {
  const padding = Array.from({ length: words }, (_, index) => FILLER[index % FILLER.length]).join(' ');
  return `# ${heading}\n\n${padding}. ${sentence}\n`;
}

async function index(folderFiles: Record<string, Record<string, string>>, channels: Record<string, string[]> = {}): Promise<{ fts: FtsSearch; ids: Map<string, number> }> {
  database = memoryDatabase();
  const knowledge = new KnowledgeBase({ database });
  const sources = Object.entries(folderFiles).map(([name, files]) => {
    const folder = tempFolder(files);
    folders.push(folder);
    return { path: folder.path, name, channels: channels[name] ?? [] };
  });
  await knowledge.ingest(sources);
  const rows = database.sqlite.prepare<[], { id: number; heading: string }>('SELECT id, heading_path AS heading FROM knowledge_chunks').all();
  const fts = new FtsSearch(database.sqlite);
  fts.statistics.refresh();
  return { fts, ids: new Map(rows.map((row) => [row.heading.split(' > ').pop()!, row.id])) };
}

function input(fts: FtsSearch, parts: CandidatePart[], options: Partial<CandidateRankingInput> = {}): CandidateRankingInput {
  return { parts, weights: DEFAULT_BM25_WEIGHTS, averageLength: fts.statistics.refresh().averageLength, access: accessParams(CHANNEL), everyFolderVisible: false, ...options };
}

describe('candidate ranking without bm25()', () => {
  it('gives FTS5’s own bm25() order where each word occurs once in a passage', async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < 20; n++) files[`other-${n}.md`] = note(`Other ${n}`, 'Nothing of the kind.', 5 + n);
    for (let n = 0; n < 8; n++) files[`zebra-${n}.md`] = note(`Body ${n}`, n % 3 === 0 ? 'A zebra and a quokka crossed.' : 'A zebra crossed.', 3 + n * 9);
    files['heading.md'] = note('Zebra rules', 'Nothing else here.', 30);
    const { fts } = await index({ notes: files });
    const total = fts.statistics.refresh().rows;
    const gain = (word: string) => inverseDocumentFrequency(fts.statistics.rowsContaining({ words: [word], stems: [word] }), total);
    const ranked = rankCandidates(fts, input(fts, [{ match: '"zebra"', gain: gain('zebra') }, { match: '"quokka"', gain: gain('quokka') }]), 9);
    const bm25 = database!.sqlite
      .prepare<[string], number>('SELECT rowid FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH ? ORDER BY bm25(knowledge_chunks_fts, 3, 1)')
      .pluck()
      .all('"zebra" OR "quokka"');
    expect(ranked).toEqual(bm25);
  });

  it('counts a word a passage repeats, as bm25() does, for a scope that sees every folder', async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < 20; n++) files[`other-${n}.md`] = note(`Other ${n}`, 'Nothing of the kind.', 5 + n);
    for (let n = 0; n < 8; n++) files[`zebra-${n}.md`] = note(`Body ${n}`, ['A zebra crossed.', 'A zebra, then a zebra, crossed.', 'Zebra after zebra after zebra.'][n % 3]!, 40 - n * 4);
    files['heading.md'] = note('Zebra rules', 'A zebra crossed.', 30);
    const { fts } = await index({ notes: files });
    const total = fts.statistics.refresh().rows;
    const part = { match: '"zebra"', gain: inverseDocumentFrequency(fts.statistics.rowsContaining({ words: ['zebra'], stems: ['zebra'] }), total), term: 'zebra' };
    const bm25 = database!.sqlite
      .prepare<[string], number>('SELECT rowid FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH ? ORDER BY bm25(knowledge_chunks_fts, 3, 1)')
      .pluck()
      .all('"zebra"');
    expect(rankCandidates(fts, input(fts, [part], { everyFolderVisible: true }), 9)).toEqual(bm25);
  });

  it('puts a rare word in the heading above the same word in the body, and shorter passages above longer', async () => {
    const { fts, ids } = await index({
      notes: {
        'long.md': note('Long', 'The zebra crossing is painted.', 60),
        'short.md': note('Short', 'The zebra crossing is painted.', 4),
        'middle.md': note('Middle', 'The zebra crossing is painted.', 25),
        'heading.md': note('Zebra crossing', 'It is painted each spring.', 25),
      },
    });
    const ranked = rankCandidates(fts, input(fts, [{ match: '"zebra"', gain: 2 }]), 4);
    expect(ranked).toEqual(['Zebra crossing', 'Short', 'Middle', 'Long'].map((heading) => ids.get(heading)));
  });

  it('ranks passages holding more of the rare words first, and keeps only as many as asked', async () => {
    const { fts, ids } = await index({
      notes: {
        'one.md': note('One', 'The zebra is here.', 5),
        'two.md': note('Two', 'The zebra and the quokka are here.', 20),
        'three.md': note('Three', 'The quokka is here.', 5),
        'none.md': note('None', 'Nothing of the kind.', 5),
      },
    });
    const ranked = rankCandidates(fts, input(fts, [{ match: '"zebra"', gain: 2 }, { match: '"quokka"', gain: 2.5 }]), 2);
    expect(ranked).toEqual([ids.get('Two'), ids.get('Three')]);
  });

  it('counts the concepts together once, as found in the body', async () => {
    const { fts, ids } = await index({
      notes: {
        'both.md': note('Both', 'The team meets on mondays.', 10),
        'team.md': note('Team', 'The team is small.', 10),
      },
    });
    const ranked = rankCandidates(fts, input(fts, [{ match: '(("team") AND ("mondays"))', gain: 4, together: true }, { match: '"small"', gain: 1 }]), 2);
    expect(ranked).toEqual([ids.get('Both'), ids.get('Team')]);
  });

  it('never returns a passage from a folder the channel cannot see', async () => {
    const { fts, ids } = await index(
      { open: { 'open.md': note('Open', 'The zebra is public.', 30) }, legal: { 'secret.md': note('Zebra secret', 'The zebra settlement.', 2) } },
      { legal: ['legal'] },
    );
    // The word's occurrences come from the whole index: a scope some folder is hidden from matches through the access check instead.
    const parts = [{ match: '"zebra"', gain: 2, term: 'zebra' }];
    expect(rankCandidates(fts, input(fts, parts), 5)).toEqual([ids.get('Open')]);
    expect(rankCandidates(fts, input(fts, parts, { access: accessParams(scope('legal')) }), 5)).toEqual([ids.get('Zebra secret'), ids.get('Open')]);
  });

  it('reads each row’s length as FTS5 counted it, and forgets it when the index changes', async () => {
    const { fts, ids } = await index({ notes: { 'short.md': note('Short', 'The zebra crossing is painted.', 4) } });
    const id = ids.get('Short')!;
    database!.sqlite.exec("CREATE VIRTUAL TABLE temp.row_tokens USING fts5vocab(main, 'knowledge_chunks_fts', 'instance')");
    const counted = database!.sqlite.prepare<[number], { tokens: number }>('SELECT count(*) AS tokens FROM temp.row_tokens WHERE doc = ?');
    expect(fts.rowLength(id)).toBe(counted.get(id)!.tokens);
    database!.sqlite.prepare("UPDATE knowledge_chunks SET text = text || ' one two three' WHERE id = ?").run(id);
    fts.statistics.refresh();
    expect(fts.rowLength(id)).toBe(counted.get(id)!.tokens);
  });
});
