import { describe, expect, it } from 'vitest';
import { assessByRules, assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { inStandardSpelling } from '../../src/router/request-kind/chat-spellings.ts';
import { findPastedMaterial } from '../../src/router/request-kind/pasted-material.ts';

const covered = { confidence: 0.7, line: 0.35 };
const uncovered = { confidence: 0.2, line: 0.35 };
const BAR = 0.6;

describe('chat spellings', () => {
  it('writes out spellings with one reading and leaves words that have another', () => {
    expect(inStandardSpelling('whats the best way, idk. r we sure u can do it w/o a restart')).toBe("what's the best way, i don't know. are we sure you can do it without a restart");
    // "its", "were", "ill", "ur", "tbh", "bc", "rn", "u.s." and "r" before no pronoun are left as typed; parts of words are never touched.
    expect(inStandardSpelling('its fine, were ill, ur call, in r the syntax, menu, dontcha, tbh, our bc office, rn staff, u.s. team')).toBe(
      'its fine, were ill, ur call, in r the syntax, menu, dontcha, tbh, our bc office, rn staff, u.s. team',
    );
  });

  it('lets a judgement phrase be heard however "you" and contractions are typed', () => {
    const typed = 'api latency tripled after we turned on the new connection pooler in front of postgres, cpu is flat. where would u look first';
    const written = typed.replace(' u ', ' you ');
    // The rules read "u" as "you"; the learned model reads the words as typed, so its rating may differ by a point.
    expect(assessByRules(typed, uncovered).difficulty).toBe(assessByRules(written, uncovered).difficulty);
    expect(assessRequest(typed, uncovered).difficulty).toBeGreaterThanOrEqual(0.6);
    expect(assessRequest(typed, uncovered).signals.join(' ')).toContain('asks for diagnosis');
    expect(assessRequest('whats the dress code on fridays', covered).kind).toBe('company');
  });

  it('weighs the words as typed: a spelling written out does not make a message longer', () => {
    const typed = 'whats the process for a new laptop, mine is 4 yrs old and the battery dies in an hour, idk who to ask about it or which form';
    expect(assessRequest(typed, covered).difficulty).toBe(assessRequest(typed.replace('idk', 'not sure'), covered).difficulty);
    expect(assessRequest('im out friday for a doctors appt, do i log it in the hr system or just tell my manager tbh', covered).kind).toBe('company');
  });
});

describe('a case told, then asked whether it holds a problem', () => {
  it('hears "any problem there?" about a told case as a critique, and not "would that be a problem" about a policy', () => {
    const hire = assessRequest('a hiring manager wants to bring on a contractor who lives in havana to do backend work from next month. any problem there?', uncovered);
    expect(hire.signals.join(' ')).toContain('asks for critique');
    expect(hire.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('i want to carry 3 vacation days over into next year, any problem there?', covered).kind).toBe('company');
    expect(assessRequest("i'm taking 3 days of pto next week while payroll closes, would that be a problem?", covered).kind).toBe('company');
  });

  it('asks "how do i run the conversation with them" about particular people as a decision', () => {
    const case_ = 'two of my leads have not spoken to each other for weeks after a heated argument in planning and the rest of the team is picking sides.';
    const talk = assessRequest(`${case_} how do i run the conversation with them`, covered);
    expect(talk.signals.join(' ')).toContain('asks for decision');
    expect(talk.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest(`${case_} how do i book a meeting room`, covered).kind).toBe('company');
  });
});

describe('a letter pasted in quotation marks', () => {
  it('leaves quoted CSV fields a table', () => {
    expect(findPastedMaterial('why does this import fail\n"name","email","team"\n"a","b","c"\n"d","e","f"\nany idea?')?.type).toBe('table');
  });

  it('is a quote, and the writer’s words after it are the ask', () => {
    const message = 'note from a reseller:\n\n"Hello, our admin left, so could you reset the owner account, move billing to our new card, and add these three people as admins today? Regards, Tomas"\n\nour account manager wants to just do it, they pay on time';
    const material = findPastedMaterial(message);
    expect(material?.type).toBe('quote');
    expect(material?.closingAsk).toBe('our account manager wants to just do it, they pay on time');
    expect(assessRequest(message, uncovered).signals.join(' ')).toContain('asks for critique');
  });

  it('reads a quotation that ends the message by its shape, as before', () => {
    const clause = 'is this ok?\n"The Supplier shall indemnify the Customer against all losses arising from any breach, and liability is uncapped for data loss."';
    expect(findPastedMaterial(clause)?.type).toBe('legal');
  });
});

describe('a fault one person meets with their own access, where the handbook covers it', () => {
  it('is a helpdesk question, not a diagnosis', () => {
    expect(assessRequest('the expenses portal keeps saying auth failed when i log in, password is def right', covered).kind).toBe('company');
    expect(assessRequest('can i move my 2fa to sms codes? keep losing the hardware key', covered).kind).toBe('company');
  });

  it('stays a diagnosis for our own systems, for a case told at length, and where the handbook does not cover it', () => {
    expect(assessRequest('our checkout api keeps returning 502s since the deploy, where would you look first', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(
      assessRequest('a cron job i wrote deleted 2k rows in prod instead of staging because of an env var mixup, the on-call is furious and the postmortem is due friday, how do i find the root cause fast', covered).kind,
    ).not.toBe('company');
    expect(assessRequest('the expenses portal keeps saying auth failed when i log in', uncovered).kind).not.toBe('company');
    // A fault in a system of one's own work, or named in technical terms, is a diagnosis wherever the handbook shares words.
    expect(assessRequest('customers are getting charged twice since i shipped the retry logic, why', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('my pods keep getting OOMKilled, why', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('i.e. the checkout api keeps returning 502s, why', covered).kind).not.toBe('company');
  });
});
