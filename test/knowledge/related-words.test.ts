/**
 * Words the handbook does not use: WordNet's relatives of a query word the visible index lacks are
 * searched as weaker phrases of the same concept, and only those the index holds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { analyzeQuery } from '../../src/knowledge/search/query-terms.ts';
import { addRelatedWords, RELATED_CREDIT } from '../../src/knowledge/search/related-words.ts';
import { TermStatistics } from '../../src/knowledge/search/term-statistics.ts';
import { accessParams } from '../../src/knowledge/store/folder-access.ts';
import { CHANNEL, ingestedSampleHandbook, memoryDatabase, tempFolder, type TempFolder } from './fixtures.ts';

const phraseText = (phrases: readonly { words: readonly string[] }[]) => phrases.map((phrase) => phrase.words.join(' '));

describe('adding related words to absent concepts', () => {
  let database: OpenedDatabase | undefined;
  let folder: TempFolder | undefined;
  afterEach(() => {
    database?.close();
    folder?.cleanup();
  });

  async function notes(): Promise<TermStatistics> {
    folder = tempFolder({
      'travel.md': '# Driving\n\nIf you use your own car, mileage is reimbursed. Rental cars should be compact.\n',
      'leave.md': '# Leave\n\nYou may take a day to care for a sick partner or child.\n',
    });
    database = memoryDatabase();
    await new KnowledgeBase({ database }).ingest([{ path: folder.path, name: 'notes', channels: [] }]);
    return new TermStatistics(database.sqlite);
  }

  it('adds the relatives the index holds, with less credit, to a word it lacks', async () => {
    const terms = await notes();
    const [automobile, rental] = addRelatedWords(analyzeQuery('automobile rental'), terms, accessParams(CHANNEL));
    expect(phraseText(automobile!.phrases)).toEqual(['automobile', 'car']);
    // Weaker than the word itself, and weaker still for a relative in half the passages.
    expect(RELATED_CREDIT).toBeLessThan(1);
    expect(automobile!.phrases[1]!.credit).toBeGreaterThan(0);
    expect(automobile!.phrases[1]!.credit).toBeLessThan(RELATED_CREDIT);
    // A word the index has is left as it is: its relatives would only dilute it.
    expect(phraseText(rental!.phrases)).toEqual(['rental']);
  });

  it('adds nothing when no relative is in the index, or for an everyday verb', async () => {
    const terms = await notes();
    const concepts = analyzeQuery('zebra fixing');
    expect(addRelatedWords(concepts, terms, accessParams(CHANNEL))).toEqual(concepts);
  });
});

describe('questions in words the sample handbook does not use', () => {
  const handbook = ingestedSampleHandbook();

  const absent = (word: string) => (handbook.database.sqlite.prepare("SELECT count(*) AS n FROM knowledge_chunks WHERE lower(heading_path || ' ' || text) LIKE '%' || ? || '%'").get(word) as { n: number }).n === 0;

  it('finds the page for a word it never uses, and clears the not-found line', async () => {
    expect(absent('automobile')).toBe(true);
    const result = await handbook.knowledge.retrieve('renting an automobile at the destination', CHANNEL);
    expect(result.chunks[0]?.source).toBe('handbook/expenses/travel.md');
    expect(result.confidence).toBeGreaterThanOrEqual(0.35);
  });

  it('points at the page when the relative is all the question has', async () => {
    expect(absent('minivan')).toBe(true);
    const result = await handbook.knowledge.retrieve('can i rent a minivan', CHANNEL);
    expect(result.chunks[0]?.source).toBe('handbook/expenses/travel.md');
  });
});
