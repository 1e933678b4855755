/** The grounded "not found" sentence is recognised in the shapes small models write it, and held back while streaming. */
import { describe, expect, it } from 'vitest';
import { holdBackNotFound, saysNotFound } from '../../src/bot/answer/not-found.ts';

async function streamed(pieces: readonly string[]): Promise<string> {
  let shown = '';
  const held = holdBackNotFound(async (text) => {
    shown += text;
  });
  for (const piece of pieces) await held.show(piece);
  await held.release();
  return shown;
}

describe('the "not found" answer', () => {
  it('is recognised quoted, without its period or with a curly apostrophe, and only when it is the whole answer', () => {
    expect(saysNotFound("I couldn't find this in the knowledge base.")).toBe(true);
    expect(saysNotFound('"I couldn’t find this in the knowledge base"\n')).toBe(true);
    expect(saysNotFound("I couldn't find this in the knowledge base. But the travel page says [1]…")).toBe(false);
    expect(saysNotFound('Yes, 25 days [1].')).toBe(false);
  });

  it('is never shown while streamed, whatever the pieces', async () => {
    expect(await streamed(['I could', "n't find this in ", 'the knowledge base.'])).toBe('');
  });

  it('passes on any other answer whole, including one that starts like it or stops short of it', async () => {
    expect(await streamed(['I could', ' not say: 25 days [1].'])).toBe('I could not say: 25 days [1].');
    expect(await streamed(['I could', 'n’t find'])).toBe('I couldn’t find');
    expect(await streamed(['Yes', ', 25 days [1].'])).toBe('Yes, 25 days [1].');
  });
});

describe('the hold-back and other scripts', () => {
  it('passes an answer in another script on as it arrives, not at the end', async () => {
    let shown = '';
    const held = holdBackNotFound(async (text) => {
      shown += text;
    });
    await held.show('Да, ');
    expect(shown).toBe('Да, ');
    await held.show('25 дней [1].');
    await held.release();
    expect(shown).toBe('Да, 25 дней [1].');
  });
});
