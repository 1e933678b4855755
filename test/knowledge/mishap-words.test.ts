import { describe, expect, it } from 'vitest';
import { CHANNEL, ingestedSampleHandbook } from './fixtures.ts';

const handbook = ingestedSampleHandbook();

/** People tell what happened to a thing; the handbook's headings say broken, damaged, lost or stolen. */
describe('mishaps told as they happened', () => {
  it.each([
    'spilled tea on my macbook this morning, what do i do',
    'my flat got robbed and the work notebook was in there',
    'smashed the screen of my company computer on the stairs',
  ])('finds the laptop page for "%s"', async (question) => {
    const result = await handbook.knowledge.retrieve(question, CHANNEL);
    expect(result.chunks[0]?.source).toBe('handbook/it/laptops.md');
    expect(result.confidence).toBeGreaterThanOrEqual(0.35);
  });
});
