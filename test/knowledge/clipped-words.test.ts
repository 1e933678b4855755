import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { analyzeQuery } from '../../src/knowledge/search/query-terms.ts';
import { correctSpelling } from '../../src/knowledge/search/spelling.ts';
import { TermStatistics } from '../../src/knowledge/search/term-statistics.ts';
import { accessParams } from '../../src/knowledge/store/folder-access.ts';
import { CHANNEL, memoryDatabase, tempFolder } from './fixtures.ts';

const notes = tempFolder({
  'deploys.md': '# Deploys\n\nEvery deploy to the staging environment needs the configuration reviewed first. Acknowledge every alert.',
  'code.md': '# Source code\n\nAll code lives in one repository. Write a weekly report for the team.',
});
const db = memoryDatabase();
let terms: TermStatistics;

beforeAll(async () => {
  await new KnowledgeBase({ database: db }).ingest([{ path: notes.path, name: 'notes', channels: [] }]);
  terms = new TermStatistics(db.sqlite);
});
afterAll(() => {
  db.close();
  notes.cleanup();
});

function searched(question: string): string[][] {
  terms.refresh();
  return correctSpelling(analyzeQuery(question), terms, accessParams(CHANNEL)).map((concept) => concept.phrases.map((phrase) => phrase.stems.join(' ')));
}

describe('clipped words read through the words the index holds', () => {
  it('searches the longer index word a clipping starts', () => {
    expect(searched('staging env')[1]).toContain('environ');
    expect(searched('who has to ack alerts')[0]).toContain('acknowledg');
  });

  it('leaves a short word that is one or two letters from another word alone', () => {
    // "repo" starts "report" too; a clipping drops more than a plural or a suffix.
    expect(searched('repo')[0]).toEqual(['repo', 'repositori']);
    expect(searched('repo')[0]).not.toContain('report');
  });

  it('never completes an English word', () => {
    expect(searched('the deploy key')[0]).toEqual(['deploi']);
    expect(searched('a cod fish')[0]).toEqual(['cod']);
  });
});
