import { describe, expect, it } from 'vitest';
import { Pseudonymizer, SECRET_REMOVED } from '../../src/router/privacy/index.ts';
import { fakeSecrets } from './fixtures/fake-secrets.ts';

const secrets = fakeSecrets(99);
const memberNames = ['Alice Johnson', 'Bob Stone'];

describe('Pseudonymizer.apply', () => {
  it('replaces values with numbered, typed placeholders', () => {
    const guard = new Pseudonymizer({ memberNames });
    const text = 'Alice Johnson (alice@example.com, +44 20 7946 0958) owes Bob Stone; card 4111 1111 1111 1111';
    expect(guard.apply(text)).toBe('<PERSON_1> (<EMAIL_1>, <PHONE_1>) owes <PERSON_2>; card <CREDIT_CARD_1>');
  });

  it('gives a repeated value the same placeholder across texts, including other spellings of it', () => {
    const guard = new Pseudonymizer({ memberNames });
    const first = guard.apply('Alice Johnson wrote from Alice@Example.com, call +44 20 7946 0958');
    const second = guard.apply('Ask Alice again: alice@example.com or 020 7946 0958. Bob too.');
    expect(first).toBe('<PERSON_1> wrote from <EMAIL_1>, call <PHONE_1>');
    expect(second).toBe('Ask <PERSON_1> again: <EMAIL_1> or <PHONE_1>. <PERSON_2> too.');
  });

  it('masks a name it found in an earlier text wherever a later one repeats it, in any case', () => {
    // Without the directory, the later texts alone would read as ordinary words: lower case, a surname that is a word.
    const guard = new Pseudonymizer();
    expect(guard.apply('ask Tom Parks for the Q3 figures')).toBe('ask <PERSON_1> for the Q3 figures');
    expect(guard.apply('tom parks is going to the concert with the team')).toBe('<PERSON_1> is going to the concert with the team');
    expect(guard.apply('TOM PARKS said the parks budget is fine')).toBe('<PERSON_1> said the parks budget is fine');
  });

  it('carries only names no ordinary word could be, and never into a URL, an address or an identifier', () => {
    const guard = new Pseudonymizer();
    expect(guard.apply('ask Will about the rollout')).toBe('ask <PERSON_1> about the rollout');
    expect(guard.apply('we will ship it, i hope so')).toBe('we will ship it, i hope so');
    expect(guard.apply('ask Tom Parks for the figures')).toBe('ask <PERSON_2> for the figures');
    // Lower-casing "İ" changes a text's length; the match is case-insensitive all the same.
    expect(guard.apply('İzmir ekibi: TOM PARKS is going to the concert')).toBe('İzmir ekibi: <PERSON_2> is going to the concert');
    expect(guard.apply('logs are under files.acme.io/tom.parks_v2/')).toBe('logs are under files.acme.io/tom.parks_v2/');
  });

  it('reports distinct values per type and never the values', () => {
    const guard = new Pseudonymizer({ memberNames });
    guard.apply(`Alice, Alice Johnson and Bob; ${secrets.githubToken()} and ${secrets.slackBotToken()}; a@example.com`);
    const findings = guard.findings();
    expect(findings).toEqual([
      { type: 'PERSON', count: 2 },
      { type: 'EMAIL', count: 1 },
      { type: 'SECRET', count: 2 },
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/alice|bob|example/i);
  });
});

describe('Pseudonymizer round trip', () => {
  it('restores every restorable value and removes secrets for good', () => {
    const guard = new Pseudonymizer({ memberNames });
    const token = secrets.anthropicKey();
    const original = `Alice Johnson <alice@example.com> pasted ${token} and postgres://app:Pa55-w0rd-x@db.local/app from 10.1.2.3`;
    const cloudText = guard.apply(original);
    expect(cloudText).not.toContain(token);
    expect(cloudText).not.toContain('Pa55-w0rd-x');
    const restored = guard.restore(cloudText);
    expect(restored.unrestored).toEqual([]);
    expect(restored.text).toBe(`Alice Johnson <alice@example.com> pasted ${SECRET_REMOVED} and ${SECRET_REMOVED}/app from 10.1.2.3`);
  });

  it('restores values containing replacement-pattern characters literally', () => {
    const guard = new Pseudonymizer();
    const email = "o'brien$&$1@example.com";
    guard.apply(`mail ${email}`);
    expect(guard.restore('Write to <EMAIL_1>.').text).toBe(`Write to ${email}.`);
  });
});

describe('user-typed placeholder look-alikes', () => {
  it('never maps what the user typed onto somebody else (the attack case)', () => {
    const guard = new Pseudonymizer({ memberNames });
    const cloudText = guard.apply('Template says <PERSON_1> and <EMAIL_3>; the real reviewer is Alice Johnson.');
    // The user's look-alikes are neutralised before numbering, and their numbers are never issued.
    expect(cloudText).toBe('Template says <PERSON#1> and <EMAIL#3>; the real reviewer is <PERSON_2>.');
    // Model echoes the neutral form: it goes back to exactly what the user typed.
    expect(guard.restore('Fill <PERSON#1> for <PERSON_2>.').text).toBe('Fill <PERSON_1> for Alice Johnson.');
    // Model "corrects" it back to the placeholder shape: still never Alice, and it is flagged.
    const corrected = guard.restore('Fill <PERSON_1> for <PERSON_2>.');
    expect(corrected.text).toBe('Fill [unknown person] for Alice Johnson.');
    expect(corrected.unrestored).toEqual(['<PERSON_1>']);
  });

  it('neutralises look-alikes in every spelling, including ones typed after numbering started', () => {
    const guard = new Pseudonymizer({ memberNames });
    expect(guard.apply('Alice Johnson')).toBe('<PERSON_1>');
    const cloudText = guard.apply('I literally typed PERSON_1, &lt;person_1&gt; and IP\\_ADDRESS\\_2');
    expect(cloudText).toBe('I literally typed PERSON#1, &lt;person#1&gt; and IP\\_ADDRESS#2');
    expect(guard.restore(cloudText).text).toBe('I literally typed PERSON_1, &lt;person_1&gt; and IP\\_ADDRESS\\_2');
  });

  it('maps only placeholders this instance issued', () => {
    const first = new Pseudonymizer();
    const second = new Pseudonymizer();
    first.apply('mail a@example.com');
    second.apply('nothing personal here');
    expect(second.restore('<EMAIL_1>').text).toBe('[unknown email address]');
    expect(first.restore('<EMAIL_1>').text).toBe('a@example.com');
  });
});
