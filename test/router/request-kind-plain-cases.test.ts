import { describe, expect, it } from 'vitest';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { readSignals } from '../../src/router/request-kind/signals.ts';

const covered = { confidence: 0.7, line: 0.35 };
const uncovered = { confidence: 0.2, line: 0.35 };
const BAR = 0.6;

/**
 * Cases people bring in plain words: they tell what happened and ask how bad it is, what to look out for, which of
 * their options to take, or why their pasted code misbehaves — no task verb, no idiom the router knew. Written before
 * the rules, in sentences of our own; each family has its counterpart that must stay local.
 */
describe('assessRequest on plain-word cases', () => {
  it('hears a fault reported about pasted code or logs as a request to diagnose it', () => {
    const code = assessRequest(
      'the progress bar jumps back to zero halfway through\n```js\nlet pct = 0;\nfor (const f of files) {\n  pct = Math.round(done / files.length * 100);\n  bar.set(pct);\n}\n```',
      uncovered,
    );
    expect(code.signals.join(' ')).toContain('reports a fault in it');
    expect(code.difficulty).toBeGreaterThanOrEqual(BAR);
    const logs = assessRequest(
      'uploads over 100mb always die, small ones are fine\n```\n12:01:09 nginx: client intended to send too large body: 104857601 bytes\n12:03:44 nginx: client intended to send too large body: 209715300 bytes\n12:07:02 upstream timed out (110) while reading response header\n```',
      uncovered,
    );
    expect(logs.difficulty).toBeGreaterThanOrEqual(BAR);
    // Asked to edit it, whatever it says is wrong, it is an edit.
    expect(assessRequest('add error handling to this, it crashes on empty input\n```js\nconst rows = JSON.parse(body);\nconst first = rows[0];\nconsole.log(first.name);\nsave(first);\n```', uncovered).difficulty).toBeLessThan(BAR);
    // Explaining or tidying pasted code reports no fault.
    expect(assessRequest('can you add comments to this\n```js\nconst total = items.reduce((sum, item) => sum + item.price, 0);\nconst tax = total * 0.2;\nconsole.log(total + tax);\n```', uncovered).difficulty).toBeLessThan(BAR);
  });

  it('hears how worried to be about a told case as a request for judgement, not about a plain worry', () => {
    const bucket = assessRequest('found out our backup bucket has been world-readable since march, it holds the nightly db dumps. how worried should i be', uncovered);
    expect(bucket.difficulty).toBeGreaterThanOrEqual(BAR);
    const admin = assessRequest('a contractor still has admin on our aws org 3 months after the contract ended and nobody noticed. panic or nah', uncovered);
    expect(admin.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest("i'm nervous about my first on-call week, should i be worried?", covered).kind).toBe('company');
  });

  it('hears what to look out for before a change of ours as a critique, not a newcomer asking about a policy', () => {
    const svg = assessRequest("we're about to let users upload svg avatars and render them inline on profile pages. anything we should think about before we ship", uncovered);
    expect(svg.difficulty).toBeGreaterThanOrEqual(BAR);
    const billing = assessRequest('planning to move our billing from stripe to adyen next quarter, about 9k subscriptions. what should we watch out for', uncovered);
    expect(billing.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('first time booking a work trip, anything i should know before i book?', covered).kind).toBe('company');
  });

  it('hears a choice between courses of action for a told case as a decision', () => {
    const grad = assessRequest('my new grad has missed three deadlines and goes quiet in every 1:1, probation ends next month. extend it, move him to another team, or let him go?', covered);
    expect(grad.difficulty).toBeGreaterThanOrEqual(BAR);
    const fuel = assessRequest('fleet of 40 vans, the fuel cards cost us $2.1k a month in fees alone. switch providers, or a smarter way to pay for fuel?', uncovered);
    expect(fuel.difficulty).toBeGreaterThanOrEqual(BAR);
    const venue = assessRequest('team offsite for 30: venue a is $12k with catering, venue b is $7k and we cater ourselves. which do we book', covered);
    expect(venue.difficulty).toBeGreaterThanOrEqual(BAR);
    // Two of the handbook's own categories asked between stay its question.
    expect(assessRequest('checkout is slow for some users but it works. sev2 or sev3?', covered).kind).toBe('company');
  });

  it('leaves a case told about the handbook\'s own things to the handbook when nothing beyond it is at stake', () => {
    // A fresh-eyes review found newcomers' situations told at length ("first trip…, what should i watch out for") sent to the cloud.
    expect(assessRequest('first trip to our lisbon office next month, staying four nights and flying tap. anything i should watch out for', covered).kind).toBe('company');
    expect(assessRequest('about my christmas pto this year, i have 6 days left. take the 22nd to the 26th, the 27th to the 31st, or split it across both weeks?', covered).difficulty).toBeLessThan(BAR);
    // With someone else's job, a third party or the company's money at stake, the same phrase still asks for judgement.
    const contractor = assessRequest("our contractor's access to the billing repo was never removed when the contract ended in may. how worried should we be", covered);
    expect(contractor.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('hears doubts about a deal and rights asked of a case as judgement', () => {
    const deal = assessRequest('vendor wants us on a 3-year auto-renewing contract in exchange for 40% off the list price. is there a catch', uncovered);
    expect(deal.difficulty).toBeGreaterThanOrEqual(BAR);
    const deposit = assessRequest("the landlord of our office wants to keep the whole $30k deposit for 'wear and tear' after 6 years. can they even do that", uncovered);
    expect(deposit.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('debugs even four lines of code once a fault is reported, and vets a message pasted with "legit?"', () => {
    const closure = assessRequest('every retry waits the same 8 seconds??\n```go\nfor i := 0; i < 3; i++ {\n  time.Sleep(backoff)\n  err = send()\n}\n```', uncovered);
    expect(closure.difficulty).toBeGreaterThanOrEqual(BAR);
    const mail = assessRequest('legit? the logo and the amount look right\n> From: billing@acme-payments-support.example\n> Our bank details changed, please wire the $12,400 for INV-881 to the account below\n> before friday or the service will be suspended.', uncovered);
    expect(mail.difficulty).toBeGreaterThanOrEqual(BAR);
    // A message told, not shown, is the handbook's security page.
    expect(assessRequest('got a text from someone claiming to be payroll asking for my bank login, legit?', covered).kind).toBe('company');
  });

  it('weighs which of two priced options to take for a case told, distances and rates counted as figures', () => {
    const cars = assessRequest('our field reps drive ~900 km a month. a flat €450/mo allowance or 0.42/km — which should we offer from january', uncovered);
    expect(cars.difficulty).toBeGreaterThanOrEqual(BAR);
    const rooms = assessRequest('kickoff: $19k at the lakeside resort vs $11k in our own office. people loved the resort last time but the budget is tight. which do we book', covered);
    expect(rooms.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('which hotel do we book for the sales kickoff in denver?', covered).kind).toBe('company');
  });

  it('hears a fault of our own system told as a statement as a request to diagnose it', () => {
    const memory = assessRequest('heap on our image resizer pods grows about 30mb a minute under load until kubernetes kills them, only since the sharp upgrade', covered);
    expect(memory.difficulty).toBeGreaterThanOrEqual(BAR);
    const charges = assessRequest('our subscription renewal job charges some customers twice when the payment api is slow to answer, retries are on', covered);
    expect(charges.difficulty).toBeGreaterThanOrEqual(BAR);
    // The office's own things failing are the helpdesk's.
    expect(assessRequest('our coffee machine on the 3rd floor keeps leaking onto the counter', covered).difficulty).toBeLessThan(BAR);
  });

  it('counts minutes, seconds and people written short as figures', () => {
    expect(readSignals('a 15 min window, retries every 30 secs, 4 ppl on call').figures).toBe(3);
  });

  it('hears where to begin with a team of people as a request for judgement once the people are told', () => {
    const team = assessRequest("took over a team where two seniors won't review each other's code and the juniors are stuck waiting on both. where do i even start", covered);
    expect(team.difficulty).toBeGreaterThanOrEqual(BAR);
    // One person asking where to begin with one thing the handbook covers is its question.
    expect(assessRequest('where do i even start with onboarding, first day is tomorrow', covered).kind).toBe('company');
    expect(assessRequest('where do i even start with this postgres migration', uncovered).difficulty).toBeGreaterThanOrEqual(BAR);
    const silent = assessRequest('just became the manager of five people, the two loudest decide everything in planning while the others say nothing, and one of the quiet ones is job hunting. where do i even begin', covered);
    expect(silent.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('hears two goals weighed in "how are we supposed to … without …" and a design asked not to fall over', () => {
    const zones = assessRequest("team of 8 across sydney and london, every sync lands at someone's midnight. how are we supposed to plan sprints without someone always losing sleep", uncovered);
    expect(zones.difficulty).toBeGreaterThanOrEqual(BAR);
    const shifts = assessRequest('support covers 7 days with 6 people and weekends always fall on the same two. hows everyone meant to get a fair rota without burning out', covered);
    expect(shifts.difficulty).toBeGreaterThanOrEqual(BAR);
    const hooks = assessRequest('need to send ~5M webhook deliveries an hour at peak, with retries. whats a design that wont fall over', uncovered);
    expect(hooks.difficulty).toBeGreaterThanOrEqual(BAR);
  });
});
