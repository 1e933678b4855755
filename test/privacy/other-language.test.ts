import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

/** Chat in another Latin-script language: its words are not names the English word list missed. */
describe('PERSON: messages mostly in another language', () => {
  it('leaves ordinary sentences in other languages alone', () => {
    for (const text of [
      'Vielen Dank für die schnelle Antwort, läuft wieder',
      'Merci pour votre aide, tout fonctionne maintenant',
      'Dzięki za pomoc, wszystko już działa',
      'Obrigada pela ajuda com a migração ontem',
    ]) {
      expect(redact(text).entities).toEqual([]);
    }
  });

  it('still masks cued names and lists of people there', () => {
    expect(redact('attendees: Phương Thanh Đào, Lý Châu Đỗ').entities.map((entity) => entity.type)).toEqual(['PERSON', 'PERSON']);
    expect(redact('danke, cc Oksana Petrenko für die Rechnung').text).toContain('cc [PERSON]');
  });

  it('keeps finding names among English words', () => {
    expect(redact('ok so từ ân will handle the rollout and i take the docs').text).toBe('ok so [PERSON] will handle the rollout and i take the docs');
    expect(redact('MEETING WITH LY CHÂU ĐỖ MOVED TO 3PM').text).toBe('MEETING WITH [PERSON] MOVED TO 3PM');
  });
});
