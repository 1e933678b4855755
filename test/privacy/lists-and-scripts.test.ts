import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

describe('PERSON: lists joined with "and", and names in any non-Latin script', () => {
  it('splits list items at " and " as well as commas', () => {
    expect(redact('cc: Dorota Wrzos, Tamsin Achterberg and Ifeoluwa Bankole').text).toBe('cc: [PERSON], [PERSON] and [PERSON]');
    expect(redact('attendees: maren holt and jovanka ilić').text).toBe('attendees: [PERSON] and [PERSON]');
  });

  it('masks short runs in Georgian, Armenian and Ethiopic inside an English message', () => {
    for (const text of ['visa letter for ნინო ბერიძე is ready', 'met Անի Հակոբյան at the booth', 'invoice for ሰላም ተስፋዬ is overdue']) {
      expect(redact(text).entities.map((entity) => entity.type)).toEqual(['PERSON']);
    }
  });

  it('still leaves lone Greek symbols alone', () => {
    expect(redact('p = Π(1 − w) and Δt is small').entities).toEqual([]);
  });
});
