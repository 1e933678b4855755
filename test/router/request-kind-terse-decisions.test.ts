import { describe, expect, it } from 'vitest';
import { assessByRules } from '../../src/router/request-kind/assess-request.ts';
import { findJudgement } from '../../src/router/request-kind/judgement-intents.ts';

const covered = { confidence: 0.6, line: 0.35 };
const uncovered = { confidence: 0.2, line: 0.35 };

/** Families from the thirtieth round's by-set misses: short requests whose few words still say what is asked. */
describe('terse requests for judgement', () => {
  it('hears options named and then one asked for, or weighed for a scale told, as a decision', () => {
    for (const text of [
      'postgres logical replication or dual writes for the billing cutover, 2 engineers, which',
      'redis or memcached for session storage at 40k rps?',
      'hubspot vs salesforce for a 12 person sales team. pick one',
      'annual prepay at 15% off vs monthly with 9 months of runway — yes or no',
    ]) {
      expect(findJudgement(text)?.intent, text).toBe('decision');
    }
    const choice = assessByRules('postgres logical replication or dual writes for the billing cutover, 2 engineers, which', covered);
    expect(choice.kind).toBe('task');
    expect(choice.signals.join(' ')).toContain('asks for decision');
  });

  it('does not hear a choice in a definition or a date asked between two options as work on a system', () => {
    expect(findJudgement('tcp vs udp, whats the difference')).toBeUndefined();
    const date = assessByRules('is it the 24th or the 26th, which', covered);
    expect(date.kind).toBe('company');
  });

  it('hears a fault bounded by where or since when it happens, or that nobody can reproduce, as a diagnosis', () => {
    for (const text of [
      "checkout totals are off by a cent only on safari since monday's deploy",
      'push notifications doubled since we merged the retry change, cant repro locally',
      'nightly export fails since v3.2 went out',
    ]) {
      expect(findJudgement(text)?.intent, text).toBe('diagnosis');
    }
    expect(assessByRules("checkout totals are off by a cent only on safari since monday's deploy", uncovered).difficulty).toBeGreaterThanOrEqual(0.6);
    // One person's own app failing since an update stays their own matter, which the helpdesk pages answer.
    expect(assessByRules('my outlook keeps crashing since the update, who do i ask', covered).ownMatter).toBe(true);
    expect(findJudgement('been off sick since monday, do i need a note')).toBeUndefined();
  });

  it("takes a manager's question about the people they lead for the company's case, not their own matter", () => {
    for (const text of [
      'one of my engineers asked for a 4 day week, how do i answer without setting a precedent',
      'my best designer got an offer elsewhere, i can match 8k at most, what do i say',
      'inherited a senior eng who keeps undermining me in standups, how do i handle it',
    ]) {
      expect(assessByRules(text, covered).ownMatter, text).toBeUndefined();
    }
    expect(assessByRules('my manager approved my leave but hr has not, what now', covered).ownMatter).toBe(true);
  });

  it('hears the idioms of judgement short requests end in', () => {
    const cases: Array<[string, string]> = [
      ['sso rollout plan: okta, scim, 2 weeks of overlap. anything we are missing', 'critique'],
      ['storing session ids in a cookie without httponly. how bad', 'critique'],
      ['is sha1 for the password reset tokens good enough for pci', 'critique'],
      ['signups doubled on sunday, real or a bot glitch', 'interpretation'],
      ['reseller wants 20% margin on every renewal, do we eat that', 'decision'],
      ['move the free tier to a trial, and at what price', 'decision'],
      ['two solid candidates for one spot, how do we choose', 'decision'],
      ['annual contracts paid quarterly, how should we recognise the revenue', 'decision'],
      ['prod database dump found in a public bucket, what do we do right now', 'decision'],
    ];
    for (const [text, intent] of cases) expect(findJudgement(text)?.intent, text).toBe(intent);
    // A question about one's own expense or trip stays a lookup.
    expect(findJudgement('how do i expense the taxi from the airport')).toBeUndefined();
  });

  it('reads a heavy verb on the surface of a text ("fix typos", "fix the grammar") as an edit, and list chores as light edits', () => {
    const letter = '\n```\nHi Sam,\nThanks for the quick turnarond on the quote. Ive attatched the signed copy\nand our procurment team will send the PO\n```';
    const typos = assessByRules(`fix typos only, keep my wording:${letter}`, uncovered);
    expect(typos.pasteToWorkOn).toBe(true);
    expect(typos.signals.join(' ')).toContain('a light edit (fix)');
    const names = '\n```\nRavi Menon\nClaire Dubois\nOwen Park\nSara Lindqvist\nTomás Ruiz\n```';
    expect(assessByRules(`alphabetize by surname${names}`, uncovered).pasteToWorkOn).toBe(true);
    expect(assessByRules(`remove the duplicates${names}`, uncovered).pasteToWorkOn).toBe(true);
    // Fixing a fault in a system stays heavy work.
    expect(assessByRules('fix the race in our checkout worker', uncovered).signals.join(' ')).toContain('opens with a task verb (fix)');
  });
});

/** Families from the thirtieth round's by-set false escalations: company lookups and small edits the rules read as work. */
describe('lookups and edits that are not work for a frontier model', () => {
  it('reads a contact asked in the one question, with the reason after it, as a lookup', () => {
    const provider = assessByRules("who's our dental provider? need to switch my kid over before school starts", covered);
    expect(provider.kind).toBe('company');
  });

  it("reads the most a team may spend as an allowance, and 'do we actually have' as a fact to look up", () => {
    expect(assessByRules("6 of us are doing a team lunch after the launch, what's the most we can spend", covered).kind).toBe('company');
    expect(findJudgement('do we actually have a bike room in the new office')).toBeUndefined();
  });

  it('does not count currency codes as technical terms', () => {
    const perDiem = assessByRules('is the per diem in london paid in GBP or USD if im based in nyc', covered);
    expect(perDiem.signals.join(' ')).not.toContain('technical term');
  });

  it('reads the text after "make this shorter:" or a clause verb under a paste as material to edit', () => {
    const shorter = assessByRules('make this shorter: we are currently in the process of reviewing all of the proposals that were submitted and will respond to each vendor in due course', uncovered);
    expect(shorter.kind).toBe('pasted');
    expect(shorter.pasteToWorkOn).toBe(true);
    const bullets = assessByRules('notes from the standup, turn into bullets pls\n> api deploy moved to thursday\n> design review needs one more pass\n> sam is out friday\n> retro next week', uncovered);
    expect(bullets.signals.join(' ')).toContain('a light edit (turn)');
    expect(bullets.difficulty).toBeLessThan(0.6);
  });
});
