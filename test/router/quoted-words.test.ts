import { describe, expect, it } from 'vitest';
import { assessByRules } from '../../src/router/request-kind/assess-request.ts';
import { quotedWords } from '../../src/router/request-kind/quoted-words.ts';

const uncovered = { confidence: 0.1, line: 0.35 };

describe('words a routing reason quotes', () => {
  it('keeps ordinary words and chat shorthand, and turns anything else into one "…"', () => {
    expect(quotedWords('what does the priya sharma clause mean for us')).toBe('what does the … clause mean for us');
    expect(quotedWords('poke holes')).toBe('poke holes');
    expect(quotedWords("is it worth it tbh, we're stuck")).toBe("is it worth it tbh, we're stuck");
    expect(quotedWords('ahmed')).toBe('…');
    expect(quotedWords('rotate key AKIA2E0A8F3B244C9986 for jsmith_prod now')).toBe('rotate key … for … now');
  });

  it('keeps names out of the reasons the classifier gives, which are shown and stored in the ledger', () => {
    for (const text of [
      'what does the priya sharma clause mean for us',
      'help us ahmed with the budget review for q3',
      'poke holes in tomasz kowalski plan for the migration',
    ]) {
      const reasons = assessByRules(text, uncovered).signals.join(' ');
      for (const name of ['priya', 'sharma', 'ahmed', 'tomasz', 'kowalski']) expect(reasons, text).not.toContain(name);
    }
    expect(assessByRules('what does the priya sharma clause mean for us', uncovered).signals).toContain('asks for judgement ("what does the … clause mean for us")');
  });
});
