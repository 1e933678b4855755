import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

/** East Asian names in Latin letters: a frequent surname of the country beside a given name shaped as that country writes it. */
describe('PERSON: Korean, Chinese and Vietnamese names written in Latin letters', () => {
  it('takes a Korean surname and a hyphenated given name, in either order and in capitals too', () => {
    expect(redact('MEETING W/ CHOI YU-NA AND LEE DO-HYUN MOVED TO 2PM KST').text).toBe('MEETING W/ [PERSON] AND [PERSON] MOVED TO 2PM KST');
    expect(redact('customs form wants caps:\nPARK SEO-YUN').text).toBe('customs form wants caps:\n[PERSON]');
    expect(redact('the new SRE is Song Ha-eun, she starts monday').text).toBe('the new SRE is [PERSON], she starts monday');
    expect(redact('can you ask Yu-bin Moon for the slides').text).toBe('can you ask [PERSON] for the slides');
  });

  it('takes a Chinese surname and a two-syllable given name, and a Vietnamese name with its middle name', () => {
    expect(redact('call Tan Meiling about the invoice').text).toBe('call [PERSON] about the invoice');
    expect(redact('Attendees: Pham Thi Lan, Nguyen Van Duc').text).toBe('Attendees: [PERSON], [PERSON]');
  });

  it('leaves hyphenated words and mixed case beside surname-like words alone', () => {
    for (const text of ['send an e-mail so re-run the job, a no-go for friday', 'Park No-go area is closed', 'OH NO-GO', 'lol ha ha-ha', 'SO SO-SO RESULTS', 'do re-mi', 'the Song Re-release is out', 'Wang Chung tonight', 'the long mongo queries are slow again']) {
      expect(redact(text).entities.filter((entity) => entity.type === 'PERSON'), text).toEqual([]);
    }
  });
});
