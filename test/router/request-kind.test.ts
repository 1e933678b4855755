import { describe, expect, it } from 'vitest';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { tierFromParameterSize } from '../../src/router/request-kind/local-tier.ts';
import { findPastedMaterial } from '../../src/router/request-kind/pasted-material.ts';
import { findTechnicalTerms } from '../../src/router/request-kind/technical-terms.ts';

const covered = { confidence: 0.7, line: 0.35 };
const uncovered = { confidence: 0.1, line: 0.35 };

describe('assessRequest', () => {
  it('calls small talk and questions about tandem chit-chat, whatever the knowledge base says', () => {
    for (const text of ['thank you!!', 'morning team', 'what can you do?', 'help', 'ok cool thx']) {
      expect(assessRequest(text, covered), text).toMatchObject({ kind: 'chitchat', difficulty: 0 });
    }
  });

  it('calls a message that opens with a social act and asks nothing chit-chat', () => {
    for (const text of ['thx a ton, sorted now', 'lol classic monday', 'congrats on the new gig priya!', 'back from lunch', 'whoops, ignore that']) {
      expect(assessRequest(text, covered).kind, text).toBe('chitchat');
    }
    expect(assessRequest('thanks! also how many sick days do we get?', covered).kind).toBe('company');
    expect(assessRequest('morning, can u review this migration plan for the orders table', uncovered).kind).toBe('task');
  });

  it('tells company questions from general ones by knowledge-base coverage', () => {
    expect(assessRequest('how much parental leave do new dads get?', covered).kind).toBe('company');
    expect(assessRequest('what is the difference between a mutex and a semaphore?', uncovered).kind).toBe('general');
    expect(assessRequest('what is the difference between a mutex and a semaphore?', uncovered).difficulty).toBeLessThan(0.6);
  });

  it('reads a production task from its opening verb after filler, and weighs it by what it acts on', () => {
    const heavy = assessRequest('hey could u pls migrate our cron jobs to a queue with retries and dead-lettering, 200 jobs, no downtime', uncovered);
    expect(heavy.kind).toBe('task');
    expect(heavy.difficulty).toBeGreaterThanOrEqual(0.6);
    expect(heavy.signals[0]).toBe('opens with a task verb (migrate)');
    const light = assessRequest('write a short note saying the kitchen is closed for cleaning', uncovered);
    expect(light.kind).toBe('task');
    expect(light.difficulty).toBeLessThan(0.6);
  });

  it('hears a request for judgement in idioms without any task verb', () => {
    const idiom = assessRequest('we plan to keep every tenant in one postgres schema with a tenant_id column, what could go wrong at 500 tenants?', uncovered);
    expect(idiom.signals.join(' ')).toContain('asks for judgement');
    expect(idiom.difficulty).toBeGreaterThanOrEqual(0.6);
  });

  it('weighs pasted material by its shape and by what is asked of it', () => {
    const trace = 'any idea why this keeps happening after the upgrade?\nTraceback (most recent call last):\n  File "app.py", line 41, in handle\n    rows = db.fetch(query)\nsqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached';
    expect(assessRequest(trace, uncovered)).toMatchObject({ kind: 'pasted' });
    expect(assessRequest(trace, uncovered).difficulty).toBeGreaterThanOrEqual(0.6);
    const tidy = assessRequest('make this friendlier: "Per my last email, the report was due Friday and I still do not have it, please send it today."', uncovered);
    expect(tidy.kind).toBe('pasted');
    expect(tidy.difficulty).toBeLessThan(0.6);
    const key = assessRequest('keep this safe for me\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDbTXSjgDVd2y9pV7yQZ4fb2kJZmt6N2dVX7dU7Jg7lQAAAAJgAAAAAAAAA\n-----END OPENSSH PRIVATE KEY-----', uncovered);
    expect(key.difficulty).toBeLessThan(0.6);
  });

  it('hears debugging, critique and a reading of figures asked as a question, when they are about systems or money', () => {
    const asked = [
      'how do we even find out why the nightly export job dies around 3am, nothing in the logs',
      'the checkout service got slow after tuesdays deploy, what could cause a p95 jump like that in our api',
      'thoughts on splitting our monolith into three services before the hiring push? am i missing something',
      'what do these numbers tell us about churn: jan 4.1%, feb 5.3%, mar 6.8%, apr 7.2%',
    ];
    for (const text of asked) {
      const assessment = assessRequest(text, covered);
      expect(assessment.kind, text).toBe('task');
      expect(assessment.difficulty, text).toBeGreaterThanOrEqual(0.6);
    }
    // The same frames about everyday things stay questions, answered from the handbook.
    expect(assessRequest('any idea why my vpn keeps asking for the password?', covered).kind).toBe('company');
    expect(assessRequest('is it normal that the office wifi is slow on fridays?', covered).difficulty).toBeLessThan(0.6);
  });

  it('keeps a how-to about systems a company question when it asks for no judgement, figures or conditions', () => {
    expect(assessRequest('how do we request prod database access for the analytics dashboard', covered)).toMatchObject({ kind: 'company', difficulty: 0 });
  });

  it('judges a question that reads as expert work on its own signals, even when the handbook shares its words', () => {
    const question = 'the vendor wants unlimited liability for data breaches in the msa, how bad is that for a company our size';
    expect(assessRequest(question, covered).kind).not.toBe('company');
    expect(assessRequest(question, covered).difficulty).toBeGreaterThanOrEqual(0.6);
    expect(assessRequest('can i expense a taxi home after a late night?', covered)).toMatchObject({ kind: 'company', difficulty: 0 });
  });

  it('reads a task word as work only where it asks for work, not where it is a plain noun', () => {
    expect(assessRequest('whats the plan for the new office kitchen', uncovered).signals.join(' ')).not.toMatch(/(asks|work) to plan/);
    expect(assessRequest('ballpark estimate pls: how long to move 300 cron jobs onto a queue with retries', uncovered).signals.join(' ')).toContain('asks to estimate');
  });

  it('reads "do we need…" and "are we allowed…" as a policy question when the handbook covers it, and as judgement when it does not', () => {
    const text = 'do we need a security review before turning on a new saas integration';
    expect(assessRequest(text, covered).signals.join(' ')).not.toContain('asks for judgement');
    expect(assessRequest(text, covered).difficulty).toBeLessThan(0.6);
    expect(assessRequest(text, uncovered).difficulty).toBeGreaterThanOrEqual(0.6);
  });

  it('hears estimates, worry and "is it standard" as requests for judgement', () => {
    for (const text of [
      'how long would it realistically take two engineers to move our auth to oauth with sso for enterprise tenants',
      'is it a mistake to keep the billing rules in a database table the sales team edits? worried about rollbacks',
      'the vendor wants a 5 year auto-renewal with a 9% uplift each year and 90 days notice, is that standard or worth pushing back',
    ]) {
      expect(assessRequest(text, uncovered).difficulty, text).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('weighs a question about pasted terms for our own case as analysis, and a reply composed to pasted text as more than an edit', () => {
    const clause = 'can we get out of this early if they keep missing deadlines?\n\n12.2 Either party may terminate this Agreement for convenience upon ninety (90) days written notice, provided all fees for the then-current term remain payable.';
    expect(assessRequest(clause, uncovered).signals).toContain('asks what it means for us');
    expect(assessRequest(clause, uncovered).difficulty).toBeGreaterThanOrEqual(0.6);
    const reply = assessRequest('write a reply to this customer\n"we have been down for two hours and nobody answers, this is unacceptable, we want a refund for the month"', uncovered);
    expect(reply.signals.join(' ')).not.toContain('a light edit');
  });

  it('treats a question about pasted material as asking for analysis, and explaining code as reading it', () => {
    const log = 'any idea whats wrong here\n2026-11-02 10:00:01 ERROR db pool exhausted (size 10)\n2026-11-02 10:00:01 WARN retry 1/3\n2026-11-02 10:00:02 ERROR request timed out after 30000ms\n2026-11-02 10:00:04 ERROR db pool exhausted (size 10)\n2026-11-02 10:00:05 FATAL worker exited';
    expect(assessRequest(log, uncovered)).toMatchObject({ kind: 'pasted' });
    expect(assessRequest(log, uncovered).difficulty).toBeGreaterThanOrEqual(0.6);
    const regex = assessRequest('explain what this does and if it can blow up on long input\n\n^(\\w+\\s?)*(\\d+|[a-f]+)*$', uncovered);
    expect(regex.kind).toBe('pasted');
    expect(regex.signals).toContain('asks to explain it');
  });

  it('reads material on the ask line after a colon the ask points at, and weighs only the ask', () => {
    const notes = assessRequest('tidy these notes into bullets: call w/ globex, they want sso and a new pricing tier, legal to check the msa by friday', uncovered);
    expect(notes.kind).toBe('pasted');
    expect(notes.difficulty).toBeLessThan(0.6);
    expect(notes.signals.join(' ')).not.toContain('about');
  });

  it('lets "short" or "one line" pull a task down', () => {
    expect(assessRequest('give me a quick one-liner to list docker images by size', uncovered).difficulty).toBeLessThan(0.6);
  });
});

describe('judgement on systems named the way engineers write them', () => {
  const hard = (text: string) => expect(assessRequest(text, uncovered).difficulty, text).toBeGreaterThanOrEqual(0.6);
  const easy = (text: string) => expect(assessRequest(text, uncovered).difficulty, text).toBeLessThan(0.6);

  it('recognises technical terms by their shape, not from a list', () => {
    expect(findTechnicalTerms('the ImagePullBackOff only shows on ARM nodes after we set --cpu-quota and vm.max_map_count, 512Mi limit, v2.14'))
      .toEqual(['imagepullbackoff', 'arm', '--cpu-quota', 'vm.max_map_count', '512mi', 'v2.14']);
    expect(findTechnicalTerms('FYI the PTO rules changed, see HR by EOD')).toEqual([]);
    expect(findTechnicalTerms('PLEASE CALL THE FRONT DESK ABOUT THE PARKING')).toEqual([]);
    expect(findTechnicalTerms('McKenzie said b4 the Q3 review')).toEqual([]);
  });

  it("counts technical terms in its reasons without quoting them: they are the message's own tokens, keys included", () => {
    const assessed = assessRequest('why does the webhook keep failing with STRIPE_KEY=sk_live_51Habc123 and api_version 2024_06', uncovered);
    const reasons = assessed.signals.join(' | ');
    expect(reasons).toContain('about webhook, ');
    expect(reasons).toMatch(/\d technical terms?/);
    expect(reasons).not.toMatch(/sk_live|STRIPE_KEY|api_version/i);
  });

  it('hears a symptom report about a system as a request for diagnosis', () => {
    hard('the websocket gateway keeps dropping connections every ~90s even though the LB idle timeout is 300s, why');
    hard('our nightly dbt run fails to materialize the orders model since the warehouse upgrade');
    hard('the invoice export returns the wrong tax total for EU customers, rest of the numbers look right');
    easy('my laptop keeps restarting');
    easy('why is my VPN slow');
  });

  it('weighs composing an expert piece of work like building it, and composing a message about it like a message', () => {
    hard('draft a runbook for rotating the kafka broker certificates');
    hard('put together a 3-year revenue forecast from our current MRR and churn');
    easy('draft an email to the vendor about the contract renewal date');
    easy('write a script that tails the deploy log');
  });

  it('reads a request without a verb by what it asks for at its end', () => {
    const asked = assessRequest('dijkstra on a weighted graph with negative edges, code + complexity', uncovered);
    expect(asked.kind).toBe('task');
    expect(asked.signals).toContain('asks for code');
    expect(asked.difficulty).toBeGreaterThanOrEqual(0.6);
  });

  it('hears recommendations under conditions, pay-off questions, effort estimates and rules applied to our case', () => {
    hard('what is a sensible partition key for an events table where one customer sends 90% of the traffic');
    hard('worth rewriting our billing services from rails to go? we have 4 engineers');
    hard('how many sprints to get our api ISO 27001 ready, we have no ISMS at all');
    hard('is sharing support transcripts with our analytics vendor ok under the ccpa');
    hard('is the exclusivity clause in our reseller agreement even binding once they miss the minimums');
    easy('is it worth going to the offsite');
    easy("what's a good name for our new slack channel");
  });

  it('finds the things a request acts on however they are inflected or hyphenated', () => {
    expect(assessRequest('any red flags in moving our services to a multi-tenant setup?', uncovered).signals.join(' ')).toMatch(/about service, multi-tenant|about multi-tenant, service/);
  });
});

describe('a case described in detail, asked about in any words', () => {
  const hard = (text: string, coverage = uncovered) => assessRequest(text, coverage).difficulty;

  it('judges a long description with several particulars and a question anywhere as expert work, whatever the idiom', () => {
    for (const text of [
      'we run 3 kafka clusters and ~60 consumers, and every deploy of the billing consumer stalls the others for 10 min. is splitting them up the move or am i overreacting',
      'mobile crash rate went from 0.4% to 2% after the 7.2 release, only on older androids, 30k daily users. where do we even start',
      'the nightly etl joins 12 tables and takes 5 hours now vs 40 min in spring; warehouse is the same size. honestly no clue, talk me through it',
    ]) {
      expect(hard(text), text).toBeGreaterThanOrEqual(0.6);
      expect(assessRequest(text, uncovered).signals, text).toEqual(expect.arrayContaining([expect.stringMatching(/asks about a case it describes|asks for/)]));
    }
  });

  it('does not count keys, phone or card numbers as particulars of a case', () => {
    expect(findTechnicalTerms('rotate ghp_Q2x9LmN4pR7sT1vW8yZ3aB6cD0eF5gH2 now')).toEqual([]);
    expect(hard('hey can you update the vendor contact to 415 555 0132 and the card on file to 4000 0566 5566 5556, thanks?')).toBeLessThan(0.6);
  });

  it('leaves short or unspecific questions, and long company questions the handbook covers, alone', () => {
    expect(hard('whats the difference between a process and a thread?')).toBeLessThan(0.6);
    expect(hard('my kid is sick and daycare called, i have to leave at noon today and maybe tomorrow too, who do i tell?', covered)).toBe(0);
    expect(assessRequest('booked a hotel for the offsite, it was $210 a night for 3 nights, can i expense all of it?', covered).kind).toBe('company');
  });

  it('hears a choice out of proportion, a fault bounded by a condition and a comparison for a use as judgement', () => {
    expect(assessRequest('is a service mesh overkill for 6 services and one team?', uncovered).signals.join(' ')).toMatch(/asks for decision/);
    expect(assessRequest('logins time out every morning but only for people on the berlin vpn', uncovered).signals.join(' ')).toMatch(/asks for diagnosis/);
    expect(assessRequest('uploads hang at 99%, everyone else is fine', uncovered).signals.join(' ')).toMatch(/asks for diagnosis/);
    expect(assessRequest('redis vs memcached for a session store with 2m users', uncovered).signals.join(' ')).toMatch(/asks for decision/);
  });

  it('reads whatever verb follows "help me" as work, and finding or understanding a page as a lookup', () => {
    expect(assessRequest('help me carve up the q3 roadmap between two squads', covered).kind).toBe('task');
    expect(assessRequest('a client is furious about the outage. help me not escalate it further', covered).kind).toBe('task');
    expect(assessRequest('can you help me find the travel booking page', covered).kind).toBe('company');
    expect(assessRequest('help me with the expense form', covered).kind).toBe('company');
  });

  it('reads "small" as a small answer only where it sizes the answer', () => {
    expect(assessRequest('give me a quick summary of what a bloom filter is', uncovered).signals).toContain('asks for something short');
    expect(assessRequest('our churn numbers are tiny this quarter, 4 of 90 accounts: is the drop real or noise given a sample this small?', uncovered).signals).not.toContain('asks for something short');
  });
});

describe('findPastedMaterial', () => {
  it('recognises logs, tables, terms and code by their lines', () => {
    expect(findPastedMaterial('see below\n2026-11-02 10:00:01 ERROR worker: lost lease\n2026-11-02 10:00:02 WARN retrying')?.type).toBe('log');
    expect(findPastedMaterial('numbers:\nregion,q1,q2\nemea,10,12\namer,20,25')?.type).toBe('table');
    expect(findPastedMaterial('is this ok?\n7.1 The Supplier shall indemnify the Customer against all losses.\n7.2 Liability is capped at fees paid.')?.type).toBe('legal');
    expect(findPastedMaterial('fix pls\n```\nconst x = await fetch(url);\n```')?.type).toBe('code');
    expect(findPastedMaterial('how many vacation days do I get?')).toBeUndefined();
    expect(findPastedMaterial('help\n$ kubectl apply -f deploy.yaml\nerror: unable to recognize "deploy.yaml"\n│ on main.tf line 12\n│ in resource "x"')?.type).toBe('log');
    expect(findPastedMaterial('stuck\nERROR:  could not serialize access\nDETAIL:  Reason code: Canceled on identification\nHINT:  The transaction might succeed if retried.')?.type).toBe('log');
  });

  it('reads a question on the line after the scene as the ask, not as a pasted one-line table', () => {
    const scene = 'a contractor in lisbon has been invoicing us through a friend\'s company for a year.';
    expect(findPastedMaterial(`${scene}\nhow exposed are we — tax, labour law, ip, anything else — and who do we call first?`)).toBeUndefined();
    expect(findPastedMaterial(`${scene}\nwhat changes if we convert them, and by when?`)).toBeUndefined();
    // A line that points ahead still introduces material, question or not.
    expect(findPastedMaterial('can you make this friendlier\nwhy, exactly, is the build still red, and who broke it?')).toBeDefined();
    expect(findPastedMaterial('reply to this for me:\nany chance you could move our call, thursday is packed, sorry?')).toBeDefined();
    // A task first, or code on the second line: that line is material, question or not.
    expect(findPastedMaterial('proofread please\nWhat are the risks, the costs, and the benefits of the project?')).toBeDefined();
    expect(findPastedMaterial('my query returns nothing\nSELECT * FROM users WHERE email = ? AND org_id = ?')?.type).toBe('code');
  });
});

describe('tierFromParameterSize', () => {
  it('maps the size Ollama reports onto small, medium and large', () => {
    expect(tierFromParameterSize('3.2B')).toBe('small');
    expect(tierFromParameterSize('567M')).toBe('small');
    expect(tierFromParameterSize('32.8B')).toBe('medium');
    expect(tierFromParameterSize('70.6B')).toBe('large');
    expect(tierFromParameterSize(undefined)).toBeUndefined();
    expect(tierFromParameterSize('unknown')).toBeUndefined();
  });
});
