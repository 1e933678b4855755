import { describe, expect, it } from 'vitest';
import { acceptRewrite, carryTerms } from '../../src/bot/conversation/standalone-question.ts';
import { toTurns, turnsWithinBudget } from '../../src/bot/conversation/turns.ts';

const TURNS = [
  { role: 'user' as const, text: 'how many vacation days do I get?' },
  { role: 'assistant' as const, text: 'Full-time employees get 25 days of paid vacation a year [1].' },
];

describe('a follow-up without a model', () => {
  it('borrows the earlier topic when it points back at it', () => {
    expect(carryTerms(TURNS, 'can i cash them out')).toEqual({ text: 'can i cash them out vacation days', how: 'carried-terms' });
    expect(carryTerms(TURNS, 'what about contractors?').how).toBe('carried-terms');
  });

  it('reads a fragment of a question and a thing named before ("a new one") as follow-ups', () => {
    expect(carryTerms(TURNS, 'for interns??').how).toBe('carried-terms');
    expect(carryTerms(TURNS, 'how long tho').how).toBe('carried-terms');
    expect(carryTerms([{ role: 'user', text: 'my badge stopped working' }], 'where do i get a new one')).toEqual({ text: 'where do i get a new one badge stopped working', how: 'carried-terms' });
    // Counting is not pointing back: "one week" names its own amount of something.
    expect(carryTerms(TURNS, 'can i take one week unpaid leave in august').how).toBe('as-asked');
  });

  it('carries through a chain of follow-ups to the question that named the topic', () => {
    const chain = [
      { role: 'user' as const, text: 'bought a monitor for my home office' },
      { role: 'assistant' as const, text: 'Claim it from the stipend.' },
      { role: 'user' as const, text: 'how soon do i get it back' },
    ];
    expect(carryTerms(chain, 'and if they say no?').text).toBe('and if they say no? soon back bought monitor home office');
  });

  it('searches a new topic on its own', () => {
    expect(carryTerms(TURNS, 'ok thx. how do i get vpn access').how).toBe('as-asked');
    expect(carryTerms(TURNS, 'and sick days?').how).toBe('as-asked');
    expect(carryTerms(TURNS, 'whats the wifi password').how).toBe('as-asked');
  });

  it('a short question with its own question word and topic asks about that topic, not the last one', () => {
    expect(carryTerms(TURNS, 'where is the kitchen?').how).toBe('as-asked');
    expect(carryTerms(TURNS, 'whos the payroll person').how).toBe('as-asked');
    // Without a topic of its own it still borrows one: whom to tell, how long.
    expect(carryTerms(TURNS, 'who do i tell?').how).toBe('carried-terms');
    expect(carryTerms(TURNS, 'how soon?').how).toBe('carried-terms');
  });

  it('small talk after an answer carries nothing: there is no question to complete', () => {
    expect(carryTerms(TURNS, 'ok great, thanks a lot')).toEqual({ text: 'ok great, thanks a lot', how: 'as-asked' });
    expect(carryTerms(TURNS, 'alright cool').how).toBe('as-asked');
    // An acknowledgement that goes on to ask is a question again.
    expect(carryTerms(TURNS, 'ok thanks, and is it paid?').how).toBe('carried-terms');
  });
});

describe("the local model's rewrite", () => {
  it('is taken when it rephrases the conversation as one question', () => {
    expect(acceptRewrite('Standalone question: "How many vacation days can I carry over?"', 'and how many of them can i carry over?', TURNS)).toBe('How many vacation days can I carry over?');
  });

  it('is refused when the model answered instead, or wandered off the subject', () => {
    expect(acceptRewrite('Full-time employees get 25 days [1].', 'and how many can i carry over?', TURNS)).toBeUndefined();
    expect(acceptRewrite('You can carry 5 days. They expire in March.', 'and how many can i carry over?', TURNS)).toBeUndefined();
    expect(acceptRewrite('What is the capital of Peru?', 'and how many can i carry over?', TURNS)).toBeUndefined();
  });
});

describe('turns read back from a thread', () => {
  it("keep the bot's answers without markers, sources or progress notes, and fit the budget newest first", () => {
    const turns = toTurns([
      { userId: 'U1', userName: 'alice', text: 'how many vacation days do I get? --cloud', ts: '1' },
      { userId: 'B', userName: 'tandem', text: 'Thinking…', ts: '2', fromSelf: true },
      { userId: 'B', userName: 'tandem', text: '☁️ escalated: requested with --cloud · nothing to redact\n\n25 days a year [1].\n\n*Sources*\n[1] handbook/policies/paid-time-off.md — Paid Time Off', ts: '3', fromSelf: true },
    ]);
    expect(turns).toEqual([
      { role: 'user', text: 'how many vacation days do I get?' },
      { role: 'assistant', text: '25 days a year [1].' },
    ]);
    // Too small for both: the newest turn is kept, and a conversation never starts with an answer.
    expect(turnsWithinBudget(turns, 12)).toEqual([]);
    expect(turnsWithinBudget(turns, 1_000)).toEqual(turns);
  });
});
