import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { askAfterStory } from '../../src/knowledge/search/ask-after-story.ts';
import { CHANNEL, memoryDatabase, tempFolder } from './fixtures.ts';

describe('askAfterStory', () => {
  it('finds the question told after a story', () => {
    expect(askAfterStory('my flight got cancelled and i ended up in a hotel near the airport overnight. can i expense the hotel and the taxi?')).toBe('can i expense the hotel and the taxi?');
    expect(askAfterStory('the vpn dropped three times during the demo today, super embarrassing\nwho do i talk to about the vpn')).toBe('who do i talk to about the vpn');
  });

  it('leaves a single question, a short preamble, a bare reaction and pasted material alone', () => {
    expect(askAfterStory('how many vacation days do i get per year?')).toBeUndefined();
    expect(askAfterStory('quick one. how many vacation days do i get?')).toBeUndefined();
    expect(askAfterStory('the deploy failed twice this morning and rollback took an hour. thoughts?')).toBeUndefined();
    expect(askAfterStory('this query is slow on the big table. why?\n```\nSELECT * FROM orders o JOIN items i ON i.order_id = o.id\n```')).toBeUndefined();
  });
});

describe('retrieval of a question told after a story', () => {
  const notes = tempFolder({
    'security.md': '# Security team\n\nReport lost keys, phishing and other security concerns to the security team by email at security@example.com.',
    'printers.md': '# Printers\n\nIf a printer jams, open the front tray and remove the paper.',
    'kitchen.md': '# Kitchen\n\nThe coffee machine is descaled on fridays. Report leaks to facilities.',
    'building.md': '# Building\n\nIf the elevator breaks, use the stairs by reception.',
  });
  const db = memoryDatabase();
  const knowledge = new KnowledgeBase({ database: db });
  beforeAll(async () => {
    await knowledge.ingest([{ path: notes.path, name: 'notes', channels: [] }]);
  });
  afterAll(() => {
    db.close();
    notes.cleanup();
  });
  const story = 'what a morning: the printer jammed, the coffee machine leaked and the elevator broke';
  const question = 'what is the email address of the security team?';

  it('lets the question vouch for the page the whole message ranks first, with the pages unchanged', async () => {
    const told = await knowledge.retrieve(`${story}. ${question}`, CHANNEL);
    // The same words in one sentence: no question of its own to search, the story weighs as much as the ask.
    const run = await knowledge.retrieve(`${story}, so ${question}`, CHANNEL);
    const alone = await knowledge.retrieve(question, CHANNEL);
    expect(told.chunks.map((chunk) => chunk.source)).toEqual(run.chunks.map((chunk) => chunk.source));
    expect(told.chunks[0]?.source).toBe('notes/security.md');
    expect(run.confidence).toBeLessThan(alone.confidence);
    expect(told.confidence).toBe(alone.confidence);
  });
});
