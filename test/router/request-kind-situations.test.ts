import { describe, expect, it } from 'vitest';
import { assessByRules, assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { findPastedMaterial } from '../../src/router/request-kind/pasted-material.ts';

const covered = { confidence: 0.7, line: 0.35 };
const uncovered = { confidence: 0.2, line: 0.35 };
const BAR = 0.6;

/** Hard requests phrased as situations: a case is told, and the question only says what is wanted of it. */
describe('assessRequest on situations', () => {
  it('hears a question about how exposed we are as legal exposure, and only about a case of ours', () => {
    const exposure = assessRequest("we let a contractor in texas work 50 hour weeks on a fixed fee for two years, title 'consultant', no benefits. how exposed are we", uncovered);
    expect(exposure.signals.join(' ')).toContain('asks for legal exposure');
    expect(exposure.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('how exposed is the roof terrace to wind', uncovered).difficulty).toBeLessThan(BAR);
  });

  it('hears "what did we mess up" after a described setup as a diagnosis', () => {
    const lookBack = assessRequest('moved our postgres backups to a cheaper storage tier last month and restores now take 9 hours instead of 40 minutes. what did we mess up', uncovered);
    expect(lookBack.signals.join(' ')).toContain('asks for diagnosis');
    expect(lookBack.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('what did i do wrong with my expense report, it got bounced', covered).kind).toBe('company');
  });

  it('reads machine-learning work (fine-tunes, evals, classifiers, leakage) as work on a system', () => {
    const model = assessRequest('fine-tuned a small model on our sales calls, eval numbers went up but reps say the summaries are worse. where could we have gone wrong', uncovered);
    expect(model.kind).toBe('task');
    expect(model.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('weighs "how do we … without …ing" as a decision between two goals, but not on a handbook question', () => {
    const reply = assessRequest(
      'client just sent this. how do i answer them without giving away the discount\n\n"We appreciate the demo, but the quote is well above what our procurement team budgeted for this year, and we would need at least 25% off, plus net-90 payment terms, to move forward."',
      uncovered,
    );
    expect(reply.signals.join(' ')).toContain('asks for decision');
    expect(reply.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('how do i take a day off without losing my on-call slot', covered).kind).toBe('company');
    expect(assessRequest('how do i spend my learning budget without paying upfront', covered).kind).toBe('company');
  });

  it('hears a message shown before it goes out as a request to vet it, weighed by what the message is', () => {
    const letter = assessRequest(
      'legal wants to send this to him on monday\n\n"Dear Sam, following a review of the logistics team your position has been eliminated effective 1 June. Your severance will be paid in two instalments and your health cover ends on that date."',
      uncovered,
    );
    expect(letter.signals.join(' ')).toContain('asks for critique');
    expect(letter.difficulty).toBeGreaterThanOrEqual(BAR);
    const notice = assessRequest('about to send this to the team, any typos?\n\n"Hi all, the kitchen will be closed on friday for cleaning, please take your mugs home by thursday evening, thanks!"', uncovered);
    expect(notice.difficulty).toBeLessThan(BAR);
  });

  it('counts our own case told in figures as our situation, and not the same question without them', () => {
    const figures = assessRequest('our three support desks close 1,200, 800 and 450 tickets a week with 6, 5 and 2 people. how should we share the work out', uncovered);
    expect(figures.signals).toContain('applies expertise to our own situation');
    expect(figures.difficulty).toBeGreaterThanOrEqual(BAR);
    // Without figures the rules see no situation of ours; the learned model, sure it is a judgement about our own work, still sends it on.
    const plain = 'our three support desks close tickets every week with a few people each. how should we share the work out';
    expect(assessByRules(plain, uncovered).difficulty).toBeLessThan(BAR);
    expect(assessRequest(plain, uncovered).signals[0]).toMatch(/^a model learned from \d+ labelled requests rates it/);
  });
});

describe('findPastedMaterial on letters', () => {
  it('reads an employment decision put in writing as legal material', () => {
    expect(findPastedMaterial('thoughts?\n\n"Dear Ana, we regret to tell you that your role has been eliminated as part of a wider restructuring, effective at the end of the month."')?.type).toBe('legal');
    expect(findPastedMaterial('thoughts?\n\n"Dear Ana, we are happy to tell you that your role now includes the Lisbon office, effective at the end of the month."')?.type).not.toBe('legal');
  });
});

describe('findPastedMaterial on quoted material', () => {
  it('reads lines quoted with "> " (or Slack\'s "&gt; ") by what they say, not as a terminal prompt', () => {
    const clause = 'our distributor wants this in. fine?\n\n> 9.2 The Distributor shall not sell the Products outside the Territory without prior written consent.';
    expect(findPastedMaterial(clause)?.type).toBe('legal');
    expect(findPastedMaterial(clause.replace('> ', '&gt; '))?.type).toBe('legal');
    expect(findPastedMaterial('deploy output, normal?\n\n$ kubectl rollout status deploy/api\n$ kubectl get pods -n prod')?.type).toBe('log');
  });

  it('keeps what someone quoted as material whatever its shape, and calls prose in it a quote', () => {
    const letter = findPastedMaterial('the landlord emailed this, how do we reply?\n> Sehr geehrte Damen und Herren, die Miete wird ab März angepasst.');
    expect(letter?.type).toBe('quote');
    expect(findPastedMaterial('the landlord emailed. how do we reply?\nsomething about the rent going up in march')).toBeUndefined();
  });

  it('reads a contract by its defined terms, or a policy by its rules, without clause numbers or quotation marks', () => {
    expect(findPastedMaterial('from the consulting agreement:\n> Consultant hereby grants to the Client a perpetual licence to the Deliverables and waives any claim against the Company for the Services.')?.type).toBe('legal');
    expect(findPastedMaterial('draft for the auditors:\n> Laptops must be encrypted. Removable media is prohibited. Leavers have access terminated on their last day.')?.type).toBe('legal');
    expect(findPastedMaterial('notes from the offsite:\n> the team agreed the roadmap, lunch was great, and the venue is booked again for next year.')?.type).toBe('quote');
  });
});

describe('assessRequest on quoted material and asks for experience', () => {
  it('weighs a question about a quoted clause or letter as work on it', () => {
    const renewal = assessRequest('vendor renewal came in, anything sketchy?\n\n> This Agreement renews for successive 24-month terms and fees shall rise by the greater of 7% or the then-current list price unless either party gives notice 120 days before the end of the term.', uncovered);
    expect(renewal.kind).toBe('pasted');
    expect(renewal.signals.join(' ')).toContain('asks for critique');
    expect(renewal.difficulty).toBeGreaterThanOrEqual(BAR);
    const complaint = assessRequest("our largest client wrote this after the outage. not sure how to respond\n\n> We lost a full day of orders and heard nothing from you until the afternoon. I need to know by Friday what you are changing, or we will review the contract.", uncovered);
    expect(complaint.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('can you fix the typo in this?\n\n> Please remember to bring you badge tomorrow', uncovered).difficulty).toBeLessThan(BAR);
  });

  it('hears "what\'s our exposure" like "what is our exposure", and what each option costs as a decision', () => {
    expect(assessRequest("a contractor in spain has been working full-time for us for 14 months through an agency. what's our exposure", uncovered).signals.join(' ')).toContain('asks for legal exposure');
    const choice = assessRequest('public go sdk: return sentinel errors or typed errors from every call? what would we give up with each once v2 ships', uncovered);
    expect(choice.signals.join(' ')).toContain('asks for decision');
    expect(choice.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('hears a question about what others usually do in a described case as asking for experience, not a handbook lookup', () => {
    const caching = assessRequest('two api gateways cache auth decisions separately for 5 min, so a revoked user keeps access through one of them. how do teams usually keep revocation consistent across gateways', covered);
    expect(caching.kind).not.toBe('company');
    expect(caching.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('how do people usually book travel here', covered).kind).toBe('company');
  });
});

describe('findPastedMaterial: a line only pointed at is not material', () => {
  it('leaves a question after an apology or an aside to the knowledge base', () => {
    expect(findPastedMaterial('sorry if this is a dumb question\nhow many vacation days do we get?')).toBeUndefined();
    expect(findPastedMaterial('quick q about that\nwhen does open enrollment close')).toBeUndefined();
  });

  it('reads a runbook\'s rules as prose, not a policy', () => {
    const runbook = 'make this clearer:\nThe ingress controller must be upgraded before Friday.\nAll pods are required to have resource limits.\nNodes are reviewed weekly by the platform team.';
    expect(findPastedMaterial(runbook)?.type).not.toBe('legal');
  });
});

describe('the ask written after pasted material', () => {
  it('keeps the words after a fence, after a quote and after a log as the closing ask', () => {
    expect(findPastedMaterial('the nightly job died:\n```\nKilled\nexit code 137\n```\nit has 2gb, why is it dying now')?.closingAsk).toBe('it has 2gb, why is it dying now');
    expect(findPastedMaterial('legal flagged this:\n> 4.2 Licensee shall not reverse engineer the Software.\nwe decompile for interop. where does that leave us')?.closingAsk).toBe('we decompile for interop. where does that leave us');
    const log = 'from the api pods:\n2024-05-02 10:01:12 ERROR pool exhausted\n2024-05-02 10:01:13 ERROR pool exhausted\n2024-05-02 10:01:15 WARN retrying\nwhy only after the 10am deploy?';
    expect(findPastedMaterial(log)).toMatchObject({ type: 'log', lines: 3, closingAsk: 'why only after the 10am deploy?' });
    expect(findPastedMaterial('tidy this up:\n```\nconst a = 1;\n```')?.closingAsk).toBeUndefined();
  });

  it('weighs the question asked after the material, not only the line before it', () => {
    const lock = 'ran a quick schema change at noon and every request hung for minutes:\n\n```sql\nALTER TABLE orders ADD COLUMN region text;\n```\nthat is supposed to be instant on pg 12+. what went wrong and how do we stop it happening again';
    expect(assessRequest(lock, uncovered).difficulty).toBeGreaterThanOrEqual(BAR);
    const clause = 'the customer marked this up:\n\n> 8.3 Supplier shall indemnify Customer against any and all losses arising from the Services, without limitation as to amount.\n\nours had a cap at 12 months of fees. 90k deal, they want it signed this week. how far do we bend';
    expect(assessRequest(clause, uncovered).difficulty).toBeGreaterThanOrEqual(BAR);
  });
});

describe('judgement asked in plain words about a situation told', () => {
  it.each([
    ['we signed a reseller in dubai who wants our api for their own customers. 250k. what are we signing up for', 'legal exposure'],
    ['ex-employee still has admin on the billing stripe account three months after leaving, are we in trouble here', 'legal exposure'],
    ['moving our eu customers onto the new us region next month, where are the landmines', 'critique'],
    ['two leads disagree about splitting the monolith, one says now, one says after the migration. who is closer to right', 'decision'],
    ['my team lead and the pm have stopped talking over the roadmap and the sprint is stalling. what is the next move', 'decision'],
  ])('hears the kind of judgement in: %s', (text, intent) => {
    expect(assessRequest(text, uncovered).signals.join(' ')).toContain(`asks for ${intent}`);
  });
});

describe('asking whom to turn to', () => {
  it('is a handbook question however much of the case is told, when the handbook covers it', () => {
    const page = 'redis primary is out of memory and i am on call for the web tier, not the cache — who do i pull in';
    expect(assessRequest(page, covered).kind).toBe('company');
    expect(assessRequest(page, uncovered).kind).not.toBe('company');
  });
});

describe('judgement about deals, tenders and continuity is grounded work', () => {
  it('weighs a judgement about an RFP answer or a reseller deal as work', () => {
    const rfp = "the bank's rfp asks about our disaster recovery and honestly we have nightly backups and one runbook. how do we answer truthfully without losing the deal";
    expect(assessRequest(rfp, uncovered).difficulty).toBeGreaterThanOrEqual(BAR);
    const reseller = "a reseller in dubai wants to resell into 'the whole region' incl. places under sanctions, deal is 400k and they want to sign friday. what are the landmines";
    expect(assessRequest(reseller, uncovered).difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('reads a story told before asking whom to turn to as the case, not a diagnosis to run', () => {
    expect(assessRequest('my expense payout never arrived and my manager has no clue either, which channel handles payroll stuff', covered).kind).toBe('company');
  });
});

describe('judgement asked in the words of a situation (tenth round)', () => {
  it('hears where a result went wrong as a diagnosis', () => {
    const wrong = assessRequest('our churn model looked great in backtests but the retention team says its useless in practice. wheres our validation going wrong', covered);
    expect(wrong.signals.join(' ')).toContain('asks for diagnosis');
    expect(wrong.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('hears the practice others follow and a hard conversation to be had as decisions', () => {
    const practice = assessRequest('webhooks from our payment provider sometimes arrive twice and we cant ever credit a wallet twice. whats the usual pattern teams use here', covered);
    expect(practice.signals.join(' ')).toContain('asks for decision');
    expect(practice.difficulty).toBeGreaterThanOrEqual(BAR);
    const talk = assessRequest('my best engineer rewrote two juniors PRs overnight again without asking, and both came to me upset this morning. he is our most senior person. how do i even have that conversation with him', covered);
    expect(talk.signals.join(' ')).toContain('asks for decision');
    expect(talk.difficulty).toBeGreaterThanOrEqual(BAR);

  });

  it('hears whether a law exempts us as legal exposure', () => {
    const exempt = assessRequest('we want to sell our analytics sdk to a hospital group in canada. is de-identified data exempt from their privacy law or do we need consent anyway', covered);
    expect(exempt.signals.join(' ')).toContain('asks for legal exposure');
    expect(exempt.difficulty).toBeGreaterThanOrEqual(BAR);

  });

  it('reads any question about a pasted contract clause as a legal reading', () => {
    const clause = assessRequest(
      'vendor says this is boilerplate. is it?\n\n> 9.3 Supplier may assign or subcontract any of its obligations under this Agreement to any Affiliate or third party without the prior written consent of Customer, and Customer shall remain bound by all terms herein.',
      uncovered,
    );
    expect(clause.kind).toBe('pasted');
    expect(clause.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('keeps handbook questions with the same words local', () => {
    expect(assessRequest('is the office exempt from the dress code on fridays', covered).kind).toBe('company');
    expect(assessRequest('how do i have the conversation about my parental leave dates with my manager', covered).difficulty).toBeLessThan(BAR);
    // Found by review: everyday questions in the same words.
    expect(assessRequest("what's going wrong with my VPN and SSO login?", covered).kind).toBe('company');
    expect(assessRequest('can we even do this? expense the team dinner from the project budget', covered).kind).toBe('company');
    expect(assessRequest('how do we start the renewal conversation with the cleaning vendor? is there a template', covered).difficulty).toBeLessThan(BAR);
    expect(assessRequest('is the marketing team exempt from the procurement rules for deals under 5k?', covered).difficulty).toBeLessThan(BAR);
    expect(assessRequest("what's the strategy most people use to get reimbursed for a conference budget", covered).difficulty).toBeLessThan(BAR);
  });
});

/** A case told at length by the person it happened to, then an open question about it: judgement, whatever the words. */
describe('assessRequest on cases told at length', () => {
  it('weighs a long first-person case with an open question as hard, with no system named', () => {
    const people = assessRequest(
      "one of my leads keeps rewriting everyone's pull requests at midnight and two juniors told me they feel it's pointless to try, he's also our strongest engineer. how do i bring this up with him",
      uncovered,
    );
    expect(people.signals).toContain('applies expertise to our own situation');
    expect(people.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('reads "…and who" closing a judgement as part of it, not as a request for a contact', () => {
    const exposure = assessRequest(
      'a contractor left our staging database open to the internet for three weeks and it had customer emails in it, do we have to tell anyone and who',
      uncovered,
    );
    expect(exposure.signals).toContain('applies expertise to our own situation');
    expect(exposure.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('leaves a long message that ends by asking for a contact, a time or a budget to the handbook', () => {
    for (const text of [
      'my badge stopped working at the side door after the office move last week and security mentioned a new system being rolled out, who do i ask for a replacement',
      "we're off-site for the quarterly planning days next month and half the team is flying in from three different cities, is there a budget for the team dinner",
      'submitted my travel claim for the berlin trip three weeks ago and it still shows pending in the tool even though my manager approved it, how long does finance usually take',
      'new joiner here: my bank details came out wrong on the first payslip and the portal will not let me edit them, is that a people thing or a finance thing and whats their email',
      'this is probably a silly one and i have no idea who owns it (do we get parking validated downstairs??) — is there a general channel for odd questions like this',
    ]) {
      expect(assessRequest(text, covered).difficulty, text).toBeLessThan(BAR);
    }
  });
});

describe('assessRequest: a told case against the handbook', () => {
  it('lets the handbook keep a long policy question told with its context', () => {
    const context = assessRequest(
      "we're moving about three hours away from the office this summer because of my partner's new job and the kids' school, can i switch to being fully remote or not",
      covered,
    );
    expect(context.kind).toBe('company');
    for (const text of [
      'my dad is going into hospital for an operation next week and i will need a few days to look after him while he recovers at home, do we get compassionate leave for that',
      'dropped my work headset on the bus this morning and it is properly broken now, the left ear makes no sound at all, can i expense a new one or does it come from it',
    ]) {
      expect(assessRequest(text, covered).kind, text).toBe('company');
    }
  });
});

/**
 * Three more ways of asking for judgement without a task verb (thirteenth round, written before the phrases):
 * how to stop a told fault for good ("what would actually stop this happening again"), whether a choice is sane for
 * a load or out of proportion by metaphor ("is kafka sane at 50 msgs a day", "a sledgehammer to crack a nut"), and
 * how to weigh or score things into one figure ("how would we even weight these into one number").
 */
describe('assessRequest on prevention, proportion and method', () => {
  it('hears how to stop a told fault for good as a diagnosis', () => {
    const fault = assessRequest('our nightly export to the warehouse silently skipped two days again because the sftp creds rotated. what would actually stop this kind of thing for good', covered);
    expect(fault.signals.join(' ')).toContain('asks for diagnosis');
    expect(fault.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('my laptop died twice this week, how do i stop it happening again', covered).kind).toBe('company');
  });

  it('hears whether a choice is sane for a load, or a sledgehammer for a nut, as a decision', () => {
    const sane = assessRequest('is running a 3-node kafka cluster sane for ~50 events a day or is that a sledgehammer to crack a nut', covered);
    expect(sane.signals.join(' ')).toContain('asks for decision');
    expect(sane.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('hears how to weigh things into one score as a decision about a method', () => {
    const method = assessRequest('sales wants a single lead score out of 9 signals from hubspot and we have no closed-won labels yet. how would we even weight these', covered);
    expect(method.difficulty).toBeGreaterThanOrEqual(BAR);
    expect(assessRequest('how do i weight my vote in the team poll', covered).difficulty).toBeLessThan(BAR);
  });
});

/** A fresh-eyes review's cases for the families above: the phrases quoted, asked of a thing, or in a request to write. */
describe('assessRequest: prevention and proportion phrases that ask for no judgement', () => {
  it.each([
    "translate 'using a sledgehammer to crack a nut' into german",
    'is 8gb ram a good fit for a chromebook',
    'pls reword: we apologise for the delay and we will ensure this never happens again',
    'how do i kill this process permanently',
  ])('keeps %j under the bar', (text) => {
    expect(assessRequest(text, covered).difficulty).toBeLessThan(BAR);
  });
});

/** Twenty-fifth round: security findings, the next step of a told incident, a design goal, and checks before agreeing. */
describe('assessRequest on findings, next steps, design goals and checks before a yes', () => {
  it.each([
    'a bug bounty hunter found an idor on the invoices endpoint, we now check the tenant id. is that enough or is there more to it',
    'turns out our staging bucket was public for a week with test exports in it. what needs to happen now',
    'two editors in our app can change the same record offline and sync later; how should edits merge so nobody loses their changes',
    'a contractor wants to publish the retry library she wrote for us under MIT. what has to be checked before we agree',
    "whats the cleanest way to run a cron per customer timezone without double sends around DST",
  ])('weighs %j as hard', (text) => {
    expect(assessRequest(text, covered).difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it.each([
    'what needs to happen now that my laptop is back from repair',
    'what do i need to do first on my first day',
    "what's the best way to get to the office from the station",
  ])('keeps the same frames about one person’s errand under the bar: %j', (text) => {
    expect(assessRequest(text, covered).difficulty).toBeLessThan(BAR);
  });
});

describe('assessRequest on what to say in a told case', () => {
  it('weighs what to tell someone in a sensitive case told in particulars as hard', () => {
    const told = assessRequest('a teammate asked me whether the reorg means layoffs for our squad. i am under embargo until the all-hands. what can i tell him without lying', covered);
    expect(told.signals.join(' ')).toContain('asks for decision');
    expect(told.difficulty).toBeGreaterThanOrEqual(BAR);
  });

  it('keeps what to tell the team about an everyday errand under the bar', () => {
    expect(assessRequest('what should we tell the team about the new coffee machine', covered).difficulty).toBeLessThan(BAR);
  });
});
