import { describe, expect, it } from 'vitest';
import { CHANNEL, ingestedSampleHandbook } from './fixtures.ts';

const handbook = ingestedSampleHandbook();

/** People tell what happened to a thing; the handbook's headings say broken, damaged, lost or stolen. */
describe('mishaps told as they happened', () => {
  it.each([
    'spilled my latte over the macbook keyboard at the cafe, any chance of a spare today',
    'someone robbed my hotel room in berlin and my notebook went with it, what now',
    'smashed my macbook screen at the climbing gym, can i get one swapped',
  ])('finds what to do about the laptop for "%s"', async (question) => {
    const result = await handbook.knowledge.retrieve(question, CHANNEL);
    expect(result.chunks[0]?.source).toBe('handbook/it/laptops.md');
    expect(result.chunks[0]?.heading).toMatch(/Broken laptop|Lost or stolen laptop/);
    expect(result.confidence).toBeGreaterThanOrEqual(0.35);
  });
});
