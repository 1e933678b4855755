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
  'claims.md': '# Claims\n\nEvery expense needs a receipt. Reimbursement follows within a week.',
  'pay.md': '# Pay\n\nYour salary is paid on the last working day of the month.\n\n## Bonus\n\nThe bonus pay is decided in March.',
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

describe('clipped and run-together words read through the words the index holds', () => {
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

  it('searches the halves of a run-together word apart, each worth part of the word', async () => {
    const [payday] = correctSpelling(analyzeQuery('when is payroll day, i mean paydays'), terms, accessParams(CHANNEL)).filter((concept) => concept.label === 'paydays');
    const credits = new Map(payday!.phrases.map((phrase) => [phrase.stems.join(' '), phrase.credit]));
    // Both halves together are the word itself (full credit, no discount); one half alone is part of it.
    expect(credits.has('pai dai')).toBe(true);
    expect(credits.get('pai dai')).toBeUndefined();
    expect(credits.get('pai')).toBeGreaterThan(0);
    expect(credits.get('pai')).toBeLessThanOrEqual(0.5);
    const result = await new KnowledgeBase({ database: db }).retrieve('paydays?', CHANNEL);
    expect(result.chunks[0]?.heading).toBe('Pay');
  });

  it('gives a corrected misspelling the synonyms of the word typed right, and a clipping none', () => {
    const [misspelt] = searched('expnse deadline');
    expect(misspelt).toEqual(expect.arrayContaining(['expens', 'reimburs']));
    expect(searched('staging env')[1]).toEqual(['env', 'environ']);
  });
});
