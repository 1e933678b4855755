import { describe, expect, it } from 'vitest';
import { createRestoreStream, Pseudonymizer, SECRET_REMOVED, splitAtSafeBoundary } from '../../src/router/privacy/index.ts';
import { fakeSecrets } from './fixtures/fake-secrets.ts';

function guardWithAliceAndSecret(): { guard: Pseudonymizer; cloudText: string } {
  const guard = new Pseudonymizer({ memberNames: ['Alice Johnson'] });
  const cloudText = guard.apply(`Alice Johnson set ${fakeSecrets(3).githubToken()} on 10.20.30.40`);
  return { guard, cloudText };
}

describe('restore tolerates what models do to placeholders', () => {
  it.each([
    ['case changes', 'Ask <person_1>.', 'Ask Alice Johnson.'],
    ['markdown bold', 'Ask **<PERSON_1>**.', 'Ask **Alice Johnson**.'],
    ['inline code', 'Ask `<PERSON_1>`.', 'Ask `Alice Johnson`.'],
    ['HTML escaping', 'Ask &lt;PERSON_1&gt;.', 'Ask Alice Johnson.'],
    ['numeric HTML escaping', 'Ask &#60;PERSON_1&#62;.', 'Ask Alice Johnson.'],
    ['markdown escaping', 'Ask \\<PERSON\\_1\\>.', 'Ask Alice Johnson.'],
    ['spaces inside brackets', 'Ask < PERSON_1 >.', 'Ask Alice Johnson.'],
    ['dropped brackets', 'Ask PERSON_1, then IP_ADDRESS_1.', 'Ask Alice Johnson, then 10.20.30.40.'],
    ['one dropped bracket', 'Ask <PERSON_1 now', 'Ask Alice Johnson now'],
    ['possessives', "<PERSON_1>'s token", "Alice Johnson's token"],
  ])('%s', (_label, answer, expected) => {
    const { guard } = guardWithAliceAndSecret();
    expect(guard.restore(answer)).toEqual({ text: expected, unrestored: [] });
  });

  it('expects the issued spelling when brackets are missing (a lowercase variable is left alone)', () => {
    const { guard } = guardWithAliceAndSecret();
    expect(guard.restore('person_1 = load(); PERSON_10 is different').text).toBe('person_1 = load(); [unknown person] is different');
  });

  it('never restores a secret, in any spelling', () => {
    const { guard, cloudText } = guardWithAliceAndSecret();
    expect(cloudText).toBe('<PERSON_1> set <SECRET_1> on <IP_ADDRESS_1>');
    const restored = guard.restore('Rotate <SECRET_1>, **secret_1** is not it, but SECRET_1 and &lt;secret_1&gt; are.');
    expect(restored.text).toBe(`Rotate ${SECRET_REMOVED}, **secret_1** is not it, but ${SECRET_REMOVED} and ${SECRET_REMOVED} are.`);
    expect(restored.text).not.toMatch(/gh[p]_/);
  });

  it('reports invented placeholders and never posts them as names', () => {
    const { guard } = guardWithAliceAndSecret();
    const restored = guard.restore('<PERSON_1> and <PERSON_9> and <EMAIL_1> met <PERSON_9>.');
    expect(restored.text).toBe('Alice Johnson and [unknown person] and [unknown email address] met [unknown person].');
    expect(restored.unrestored).toEqual(['<PERSON_9>', '<EMAIL_1>']);
  });
});

describe('restoring streamed answers', () => {
  const answer = 'Hi **<PERSON_1>**, rotate <SECRET_1> on &lt;IP_ADDRESS_1&gt; (PERSON_1 asked; <PERSON_7> did not).';

  it('gives the same text for every way of cutting the stream in two', () => {
    const { guard } = guardWithAliceAndSecret();
    const whole = guard.restore(answer).text;
    for (let cut = 0; cut <= answer.length; cut += 1) {
      const stream = createRestoreStream(guard);
      const text = stream.push(answer.slice(0, cut)) + stream.push(answer.slice(cut)) + stream.finish();
      expect(text).toBe(whole);
      expect(stream.unrestored()).toEqual(['<PERSON_7>']);
    }
  });

  it('gives the same text for character-by-character streaming', () => {
    const { guard } = guardWithAliceAndSecret();
    const stream = createRestoreStream(guard);
    let text = '';
    for (const character of answer) text += stream.push(character);
    expect(text + stream.finish()).toBe(guard.restore(answer).text);
  });

  it('holds back a possibly unfinished placeholder and nothing long', () => {
    expect(splitAtSafeBoundary('Ask <PERS')).toEqual({ ready: 'Ask ', pending: '<PERS' });
    expect(splitAtSafeBoundary('Ask PERSON_1')).toEqual({ ready: 'Ask ', pending: 'PERSON_1' });
    expect(splitAtSafeBoundary('Ask &lt;PERSON_1&g')).toEqual({ ready: 'Ask ', pending: '&lt;PERSON_1&g' });
    expect(splitAtSafeBoundary('Ask <PERSON_1>, ')).toEqual({ ready: 'Ask <PERSON_1>, ', pending: '' });
  });
});
