/**
 * The lexical search on a large index: rare phrases find candidates, every phrase ranks them with
 * FTS5's BM25 formula; each phrase appears once in the FTS5 query; a long message keeps its most
 * informative concepts; and nothing a person types can break the query.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { rankCandidates } from '../../src/knowledge/search/candidate-ranking.ts';
import { FtsSearch } from '../../src/knowledge/search/fts-search.ts';
import { EXACT_UP_TO, PhraseStatistics } from '../../src/knowledge/search/phrase-statistics.ts';
import { loadChunkDetails } from '../../src/knowledge/search/chunk-details.ts';
import { analyzeQuery } from '../../src/knowledge/search/query-terms.ts';
import { MAX_INFORMATIVE_CONCEPTS, planQuery } from '../../src/knowledge/search/query-plan.ts';
import { rescore } from '../../src/knowledge/search/rescore.ts';
import { TermStatistics } from '../../src/knowledge/search/term-statistics.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { accessParams } from '../../src/knowledge/store/folder-access.ts';
import { CHANNEL, memoryDatabase, tempFolder, type TempFolder } from './fixtures.ts';

let database: OpenedDatabase | undefined;
let folder: TempFolder | undefined;
afterEach(() => {
  database?.close();
  folder?.cleanup();
  database = undefined;
  folder = undefined;
});

/** Forty notes, fifteen about the team; two mention the zebra crossing, one of them in its heading. */
async function teamNotes(): Promise<{ knowledge: KnowledgeBase; fts: FtsSearch; database: OpenedDatabase }> {
  const files: Record<string, string> = {};
  for (let index = 0; index < 40; index++) files[`notes/note-${index}.md`] = `# Note ${index}\n\nThe ${index < 15 ? 'team' : 'group'} meets on day ${index} to plan the week and review the backlog.\n`;
  files['notes/crossing.md'] = '# Zebra crossing\n\nThe group asked the city for a zebra crossing outside the office.\n';
  files['notes/parking.md'] = '# Parking\n\nThe team parks behind the zebra crossing; the garage is full.\n';
  folder = tempFolder(files);
  database = memoryDatabase();
  const knowledge = new KnowledgeBase({ database });
  await knowledge.ingest([{ path: folder.path, name: 'notes', channels: [] }]);
  return { knowledge, fts: new FtsSearch(database.sqlite), database };
}

describe('two-stage lexical search', () => {
  it('lets rare words find the candidates while common words only rank them', async () => {
    const { fts } = await teamNotes();
    const plan = planQuery(analyzeQuery('team zebra crossing'), fts.statistics, 5);
    // A common word finds candidates only together with the rest of the question, never alone.
    const alone = plan.candidateMatch!.split(' OR ').filter((part) => !part.startsWith('('));
    expect(alone).toEqual(expect.arrayContaining(['"zebra"']));
    expect(alone).not.toContain('"team"');
    expect(plan.candidateMatch).toMatch(/\("zebra"\).* AND .*\("team"\)|\("team"\).* AND .*\("zebra"\)/);
    expect(plan.scoring.map((entry) => entry.phrase.words.join(' '))).toEqual(expect.arrayContaining(['team', 'zebra', 'crossing']));
  });

  it('puts each of the person’s words into the FTS5 query once', async () => {
    const { fts } = await teamNotes();
    const plan = planQuery(analyzeQuery('zebra crossing zebra, the ZEBRA crossing'), fts.statistics);
    const phrases = plan.candidateMatch!.split(' OR ');
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('ranks with the same BM25 as FTS5 (own words weighted double)', async () => {
    const { fts, database } = await teamNotes();
    const plan = planQuery(analyzeQuery('garage'), fts.statistics);
    const hit = database.sqlite
      .prepare<[string], { chunkId: number; rank: number }>('SELECT rowid AS chunkId, bm25(knowledge_chunks_fts, 3, 1) AS rank FROM knowledge_chunks_fts WHERE knowledge_chunks_fts MATCH ? ORDER BY rank LIMIT 1')
      .get(plan.candidateMatch!);
    const details = loadChunkDetails(database.sqlite, [hit!.chunkId]);
    const [rescored] = rescore([...details.values()], plan, fts.weights);
    // FTS5's bm25() is lower-is-better: its negation is the score.
    expect(rescored!.score).toBeCloseTo(2 * -hit!.rank, 6);
  });

  it('finds the passage that holds the question’s words, common ones included', async () => {
    const { knowledge } = await teamNotes();
    const result = await knowledge.retrieve('the team parks behind the garage', CHANNEL);
    expect(result.chunks[0]?.source).toBe('notes/notes/parking.md');
  });

  it('keeps only the most informative concepts of a long message, rare before absent', async () => {
    const { fts } = await teamNotes();
    const filler = Array.from({ length: 30 }, (_, index) => `xq${index}z`).join(' ');
    const plan = planQuery(analyzeQuery(`team ${filler} zebra`, undefined, 40), fts.statistics);
    expect(plan.concepts).toHaveLength(MAX_INFORMATIVE_CONCEPTS);
    expect(plan.concepts.map((concept) => concept.label)).toEqual(expect.arrayContaining(['team', 'zebra']));
  });

  it('takes every visible match unranked when they are few, and leaves many to the ranked search', async () => {
    const { fts } = await teamNotes();
    const access = accessParams(CHANNEL);
    const ranked = fts.matchingIds('"zebra"', access);
    expect(ranked).toHaveLength(2);
    expect(fts.allMatches('"zebra"', access, 5)?.sort()).toEqual([...ranked].sort());
    expect(fts.allMatches('"zebra"', access, 2)).toHaveLength(2);
    // Sixteen notes mention the team: more than asked for, so ranking must choose.
    expect(fts.allMatches('"team"', access, 5)).toBeUndefined();
    // No folder is hidden from this channel: the matches without the access check are the same ones.
    expect(fts.allMatches('"zebra"', access, 5, true)?.sort()).toEqual([...ranked].sort());
    expect(fts.allMatches('"team"', access, 5, true)).toBeUndefined();
  });

  it('finds the same matches without the access check when no folder is hidden', async () => {
    const { fts } = await teamNotes();
    const access = accessParams(CHANNEL);
    for (const match of ['"team"', '"zebra" OR "team"', '"group" OR ("team" AND "meets")', '{heading_path} : "zebra"']) {
      const ids = fts.matchingIds(match, access).sort((left, right) => left - right);
      expect(ids.length, match).toBeGreaterThan(0);
      expect(fts.matchingIds(match, access, true).sort((left, right) => left - right), match).toEqual(ids);
    }
  });

  it('knows without FTS5 that no passage holds a phrase one of whose plain words the index lacks', async () => {
    const { fts, database } = await teamNotes();
    const terms = new TermStatistics(database.sqlite);
    terms.refresh();
    const phrase = (...words: string[]) => ({ words, stems: words });
    for (const words of [['florencio'], ['1887ms'], ['zebra', 'a6028bd0'], ['team', 'meets', 'wiza']]) {
      expect(terms.lacksPhrase(phrase(...words)), words.join(' ')).toBe(true);
      expect(fts.statistics.rowsContaining(phrase(...words))).toBe(0);
    }
    for (const words of [['zebra', 'crossing'], ['day', '7'], ['meets'], ['on-call']]) expect(terms.lacksPhrase(phrase(...words)), words.join(' ')).toBe(false);
  });

  it('counts a one-word phrase from the vocabulary as FTS5 counts it, and leaves other phrases to FTS5', async () => {
    const { fts, database } = await teamNotes();
    const terms = new TermStatistics(database.sqlite);
    terms.refresh();
    fts.statistics.refresh();
    const phrase = (...words: string[]) => ({ words, stems: words });
    for (const word of ['team', 'meets', 'zebra', 'the', 'crossing', '7', 'garage', 'florencio']) {
      expect(terms.vocabularyRows(phrase(word)), word).toBe(fts.statistics.rowsContaining(phrase(word)));
    }
    expect(terms.vocabularyRows(phrase('zebra', 'crossing'))).toBeUndefined();
    expect(terms.vocabularyRows(phrase('on-call'))).toBeUndefined();
  });

  it('estimates a phrase in more than EXACT_UP_TO passages from the row the estimate rests on, as counting does', async () => {
    // 130 notes of ten sections: "common" in 1,170 passages (9 of each note's 10), "rare" in 130.
    const files: Record<string, string> = {};
    for (let note = 0; note < 130; note++) {
      const sections = Array.from({ length: 10 }, (_, section) => `## Part ${section}\n\n${section === 3 ? 'Only rare words.' : 'A common word.'}${section === 7 ? ' Rare too.' : ''}`);
      files[`notes/note-${note}.md`] = `# Note ${note}\n\n${sections.join('\n\n')}\n`;
    }
    folder = tempFolder(files);
    database = memoryDatabase();
    await new KnowledgeBase({ database }).ingest([{ path: folder.path, name: 'notes', channels: [] }]);
    const phrase = (word: string) => ({ words: [word], stems: [word] });
    const counted = new PhraseStatistics(database.sqlite);
    const read = new PhraseStatistics(database.sqlite);
    counted.refresh();
    read.refresh();
    const common = counted.rowsContaining(phrase('common'));
    expect(common).toBeGreaterThan(EXACT_UP_TO);
    expect(read.rowsContainingMoreThanExact(phrase('common'))).toBe(common);
    // Told wrongly that a phrase is common, it counts as rowsContaining does.
    expect(read.rowsContainingMoreThanExact(phrase('rare'))).toBe(counted.rowsContaining(phrase('rare')));
    expect(counted.rowsContaining(phrase('rare'))).toBe(260);
  });

  it('takes only what the channel may see among the unranked matches', async () => {
    folder = tempFolder({ 'hr/salaries.md': '# Salaries\n\nThe zebra band review is in March.', 'wiki/crossing.md': '# Crossing\n\nA zebra crossing outside.' });
    database = memoryDatabase();
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([{ path: `${folder.path}/hr`, name: 'hr', channels: ['people'] }, { path: `${folder.path}/wiki`, name: 'wiki', channels: [] }]);
    const fts = new FtsSearch(database.sqlite);
    const general = fts.allMatches('"zebra"', accessParams(CHANNEL), 5);
    const people = fts.allMatches('"zebra"', accessParams({ channelId: 'C-PEOPLE', channelName: 'people', isDirect: false }), 5);
    expect(general).toHaveLength(1);
    expect(people).toHaveLength(2);
    expect(people).toEqual(expect.arrayContaining(general!));
    // The hr folder is hidden from the general channel, so its search keeps the access check.
    const terms = new TermStatistics(database.sqlite);
    terms.refresh();
    expect(terms.seesEverything(accessParams(CHANNEL))).toBe(false);
    expect(terms.seesEverything(accessParams({ channelId: 'C-PEOPLE', channelName: 'people', isDirect: false }))).toBe(true);
  });

  it('never produces an expression FTS5 rejects, whatever the input', async () => {
    const { fts } = await teamNotes();
    const alphabet = ['"', "'", '(', ')', '*', '^', ':', '-', '+', 'AND', 'OR', 'NOT', 'NEAR', ' ', 'é', '🎉', '\u0000', 'x', '北', '{', '}', '.', ',', 'zebra', 'team', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 1_000; round++) {
      const input = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const plan = planQuery(analyzeQuery(input), fts.statistics, 1);
      const ranking = { parts: plan.candidateParts, weights: fts.weights, averageLength: plan.totals.averageLength, access: accessParams(CHANNEL), everyFolderVisible: false };
      if (plan.candidateMatch !== undefined) expect(() => [fts.allMatches(plan.candidateMatch!, ranking.access, 5), rankCandidates(fts, ranking, 5)], input).not.toThrow();
    }
  });
});
