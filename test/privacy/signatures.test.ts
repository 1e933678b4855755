/**
 * Who signs a pasted e-mail or note, written for this test (not taken from an evaluation set): a name of
 * the names list after a valediction, on the same line or the next; never a team, a tool, a firm, a place or
 * a desk, and never the valediction itself.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

const masked = (text: string) => redact(text).text;

describe('PERSON: the name that signs a pasted e-mail', () => {
  it.each([
    ['make this warmer: "the invoice is attached, pay by friday. Regards, Folasade"', 'make this warmer: "the invoice is attached, pay by friday. Regards, [PERSON]"'],
    ['reply to this:\nsee you at the demo.\nCheers,\nTavita Iosefa', 'reply to this:\nsee you at the demo.\nCheers,\n[PERSON]'],
    ['Thanks so much, Chiamaka — translate to french', 'Thanks so much, [PERSON] — translate to french'],
  ])('%j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('with a note, an initial, a quote mark, bold or a dash around the name, and after more valedictions', () => {
    expect(masked('Best,\nChiamaka (she/her)')).toBe('Best,\n[PERSON] (she/her)');
    expect(masked('Regards,\nChiamaka Obi | Platform')).toBe('Regards,\n[PERSON] | Platform');
    expect(masked('Thanks,\nC. Obi')).toBe('Thanks,\n[PERSON]');
    expect(masked('> Regards,\n> Chiamaka')).toBe('> Regards,\n> [PERSON]');
    expect(masked('Regards,\n**Chiamaka**')).toBe('Regards,\n**[PERSON]**');
    expect(masked('Atentamente,\nXimena Huanca')).toBe('Atentamente,\n[PERSON]');
    expect(masked('Groetjes,\nFemke')).toBe('Groetjes,\n[PERSON]');
  });

  it('keeps the valediction out of the name, but not a surname in a roster', () => {
    expect(masked('the deck is in drive. Best, Kwabena')).toBe('the deck is in drive. Best, [PERSON]');
    expect(masked('attendees (last, first):\nMensah, Kofi\nBest, Ama\nOwusu, Yaw')).not.toContain('Best');
  });

  it.each([
    'Best, the Ops team',
    'Thanks, Support',
    'Regards, Security',
    'Best, Kafka Team',
    'Thanks, Grafana',
    'cheers mate',
    'Best Buy has the cables',
    // Found by a second review: a city, a firm, a team in another language, a flat's bedrooms.
    'thank you Nairobi',
    'Regards,\nDeliveroo',
    'Saludos,\nEquipo Rappi',
    '2 br Brixton flat',
  ])('not a team, a tool, a firm, a place or a shop: %j', (text) => {
    expect(masked(text)).toBe(text);
  });
});
