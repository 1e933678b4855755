import { describe, expect, it } from 'vitest';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';

const covered = { confidence: 0.6, line: 0.35 };
const uncovered = { confidence: 0.2, line: 0.35 };
const BAR = 0.6;

/**
 * A fact to look up — an email, how much can be claimed, whether there is a way — is the handbook's to
 * answer however much of the case is told around it, in figures and systems too, and wherever the
 * question stands in the message.
 */
describe('a lookup asked beside a case told in particulars', () => {
  it('is a company question when the handbook covers it, the question first or last', () => {
    expect(assessRequest('whats the email for the data platform oncall? need to cc them on a ticket with our CDN vendor about the SLA renewal', covered).kind).toBe('company');
    expect(assessRequest('took 2 customers and a partner to lunch, bill came to $310 with drinks for the 4 of us. how much can i expense', covered).kind).toBe('company');
    expect(assessRequest('drove 3 clients to the airport, paid $85 in tolls and $40 parking. how much of that can i claim back', covered).kind).toBe('company');
    expect(assessRequest('the offsite venue wants a $2,400 deposit by friday and finance is out till monday. who can sign off on that', covered).kind).toBe('company');
    expect(assessRequest('moving my 2 kids and my husband onto the company dental plan in march to save on our budget, what percent of the premium would i be paying?', covered).kind).toBe('company');
    expect(assessRequest('the kubernetes cert course from linux foundation is $1,500 and i dont want it on my personal amex for 6 weeks. any other way to pay?', covered).kind).toBe('company');
  });

  it('says the handbook shares the words when a covered question is still judged as analysis', () => {
    const analysis = assessRequest('our 3 warehouses ship 12k orders a week with 4% returns and 2 carriers, what would consolidating to one carrier mean for us', covered);
    expect(analysis.kind).toBe('general');
    expect(analysis.signals[0]).toBe('the knowledge base shares its words (confidence 0.60), but it asks for analysis');
  });

  it('stays hard when the lookup is an estimate or a judgement, or the handbook does not cover it', () => {
    expect(assessRequest('we run 40 services on one postgres cluster with 2TB of data, how long would splitting it per service realistically take', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('our ingest queue backs up every night at 2am since we added the 3 new kafka partitions, who should i page and why is it happening', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('took 2 customers and a partner to lunch, bill came to $310 with drinks for the 4 of us. how much can i expense', uncovered).kind).not.toBe('company');
    // "how much" and "how long" of an estimate are not an allowance to look up.
    expect(assessRequest('we want to a/b test the new onboarding flow but whole offices share one login, so per-user splits leak. how much traffic would we need for a 2% lift', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('cash is 3.1M, burn 260k/mo, and we want 4 more hires at ~12k/mo each with revenue up 2% a month from 150k. how long is our runway', covered).difficulty).toBeGreaterThanOrEqual(BAR);
  });
});

describe("people's repeated asks and an approval's sufficiency are no fault and no decision", () => {
  it('hears "keeps emailing" as a person chasing, and "is his ok enough" as a question about approval', () => {
    expect(assessRequest('the vendor keeps emailing our support inbox for the signed dpa and im the account owner. can i just send it to them myself?', covered).kind).toBe('company');
    expect(assessRequest("my director's ok is in a slack dm, is that approval enough to sign a $4k agency order?", covered).kind).toBe('company');
  });

  it('still hears a system that keeps failing, and whether capacity is enough', () => {
    expect(assessRequest('our kafka consumer keeps dropping messages after every rebalance since we moved to 12 partitions, why', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('is 3 replicas enough for 20k writes/s on our orders table with 2TB of data', covered).difficulty).toBeGreaterThanOrEqual(BAR);
  });
});

describe('what the lookup rule must not take', () => {
  it('keeps estimates, ownership, capacity and tax questions told with figures hard', () => {
    for (const text of [
      'we burn 260k/mo with 3.1M in the bank and revenue flat at 90k. how much can we spend on new hires this year without dropping below 6 months runway?',
      'i sold 300 RSUs at $85 that vested at $62 last spring and 100 more at $91 in june. how much would i pay in capital gains tax this year?',
      'we need 50k msgs/s with consumers doing 2k/s each and 3x headroom. what is the number of partitions we should use for the orders topic?',
      "we're splitting the monolith into 12 services across 4 squads with 2 shared databases. which team should own billing and the ledger?",
    ]) {
      expect(assessRequest(text, covered).difficulty, text).toBeGreaterThanOrEqual(BAR);
    }
  });

  it('reads one question only when one sentence asks, and keeps a whom-to-turn-to opening in front of a long case hard where the handbook is silent', () => {
    expect(assessRequest("how much can i expense? what would the tax treatment be for a $3,000 home office setup if i'm a contractor in germany paid through an EOR in the netherlands?", covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('who do i even raise this with? my tech lead has been quietly rewriting my merged PRs every weekend for two months and nobody on the team will say anything about it', uncovered).difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('hears a system that keeps emailing or calling as a fault, and reads a curly apostrophe like a straight one', () => {
    expect(assessRequest('our nightly billing cron keeps emailing every customer their invoice twice since the 2.3 deploy, why', covered).difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('What’s the email for the data platform oncall? need to cc them on a ticket with our CDN vendor about the SLA renewal', covered).kind).toBe('company');
  });
});

/**
 * A story told at length, then whether the asker may or must do something, or whom to turn to: the
 * question is the handbook's, and the story's length, figures and systems are context, not analysis.
 */
describe('a first-person permission or a contact asked after a story', () => {
  it('stays local, in the story\'s words or the page\'s', () => {
    for (const text of [
      'so my cousin is getting married in edinburgh in june and ive only been here since february, flights for the 3 of us are already booked and its about 6 working days. can i still take them or do i have to wait till ive built them up',
      'flying to denver for the quarterly review on monday and a college friend lives 5 min from the venue, so im skipping the hotel and staying at hers to save us 2 nights. may i take her out to dinner on the company as a thank you?',
      'im on the design team, not on call, but the status page has been red for 20 min and the api returns 502 for me on 3 different networks. nobody has said anything in #eng. can i start the incident process myself or do i need to wait for someone on call',
      'billing exports to the warehouse have been failing since the 2am run and finance needs the numbers for month end close tomorrow morning. which team do i drag in for that?',
    ]) {
      expect(assessRequest(text, uncovered).difficulty, text).toBeLessThan(BAR);
    }
  });

  it('stays hard when the company asks whether its own case breaks a rule, or the ask is a judgement', () => {
    for (const text of [
      'a contractor found that our shared drive links to payroll exports were public for 5 months and got crawled by 2 search engines. do we have to notify the employees, and who else',
      'we want to train our ranking model on 18 months of customer chat logs and our terms say data may be used to improve the service. does that cover it for customers in germany?',
      'my senior engineer was passed over for promotion in march, has been pushing back in every planning meeting since and 2 juniors now copy him. can i put him on a pip without it blowing up the team?',
      // Permission's words about our systems: how to fix them, not what a policy allows.
      'our helm releases for 3 clusters drifted after a failed upgrade and 9 deployments now run old images incl the payments api. can i roll them forward or do i have to redeploy everything',
      'i noticed the billing worker retries with no backoff and the same idempotency key is reused across 2 queues. do i have to fix both at once or can i ship the queue change first',
    ]) {
      expect(assessRequest(text, uncovered).difficulty, text).toBeGreaterThanOrEqual(BAR);
    }
  });
});

describe('what the company has settled, asked about systems', () => {
  it('is a company question when the handbook covers it, however many systems it names', () => {
    for (const text of [
      "what's our policy on keeping customer exports in gcs buckets outside the eu",
      'circleci or buildkite for the new payments service, whats our standard',
      'what is the retention policy for kafka topics that carry customer events',
    ]) {
      expect(assessRequest(text, covered), text).toMatchObject({ kind: 'company', difficulty: 0 });
    }
  });
});
