/**
 * What kind of request a message is, and how hard: company question, general question,
 * production task, pasted material to analyse, or chit-chat — each decision with the signals
 * that made it. Difficulty is a documented sum of those signals in [0, 1], which a learned second
 * opinion (learned-difficulty.ts) moves only where it is sure; whether it is hard *enough* to need
 * the cloud depends on the local model's tier (see local-tier.ts) and is decided in decide-route.ts.
 * Synchronous, well under a millisecond per message; the rules are pure, the model's weights are
 * read once (at start, see cli/runtime.ts).
 */
import type { MaterialType } from './pasted-material.ts';
import { asksIfGenuine, hasStakesBeyondHandbook, reportsFault } from './case-evidence.ts';
import { readSignals, type RequestSignals } from './signals.ts';
import { quotedWords } from './quoted-words.ts';
import { CONFIDENT, CONFIDENT_EASY, describeRating, DIFFICULTY_AT_CONFIDENT, EASY_DIFFICULTY, learnedDifficulty, learnedOpinion, type LearnedOpinion } from './learned-difficulty.ts';

export type RequestKind = 'company' | 'general' | 'task' | 'pasted' | 'chitchat';

export interface RequestAssessment {
  kind: RequestKind;
  /** 0–0.99: how much a small local model would struggle. */
  difficulty: number;
  /** The signals, in words, e.g. "opens with a task verb (build)". */
  signals: string[];
  /**
   * Pasted material the message asks to have worked on rather than asks about: a light verb ("add
   * comments to this", "format this"), or no question, fault or judgement at all ("comments please",
   * "tidy this up"). The rules' reading of such an ask stands (see withLearnedOpinion).
   */
  pasteToWorkOn?: boolean;
  /**
   * One person's own matter — asked in the first person singular with no "we" or "our" and about no system
   * in particular (their laptop, their leave, their benefits), or a message they were sent, asked whether it
   * is genuine — which the model's rating under its confidence does not move (see withLearnedOpinion).
   */
  ownMatter?: boolean;
  /**
   * A company question's difficulty as the rules read it for a general one — its own signs, which the
   * handbook's shared words set aside ("kafka or sqs for per-customer ordered events at 3k/s?" shares
   * "events" with a page title). The model's rating under its confidence counts beside it.
   */
  asQuestion?: Pick<RequestAssessment, 'difficulty' | 'signals'>;
}

export interface KnowledgeCoverage {
  /** Retrieval confidence for this text (0–1), when it was retrieved for. */
  confidence?: number;
  /** The "not found" line it is compared with. */
  line: number;
}

/** The rules' reading, then the learned model's second opinion (learned-difficulty.ts), which counts only where it is confident. */
export function assessRequest(text: string, coverage: KnowledgeCoverage): RequestAssessment {
  return withLearnedOpinion(assessByRules(text, coverage), () => learnedOpinion(text, coverage));
}

/**
 * The rules' assessment, moved by the model only where it is sure: raised to the model's difficulty
 * when it is sure the request is hard, held under the bar when it is sure the request is easy. Never
 * small talk. Pasted material only when its message asks about it, reports something wrong with it or
 * weighs it ("thoughts?", "march numbers look way off", "is this sane"): having read far more hard
 * pastes than easy ones, the model rates almost any code block hard, so where the message hands the
 * paste over to be worked on ("add comments to this", "tidy this up") the rules' reading stands. A
 * paste is never held easy.
 */
export function withLearnedOpinion(rules: RequestAssessment, opinionOf: () => LearnedOpinion): RequestAssessment {
  if (rules.kind === 'chitchat' || rules.pasteToWorkOn === true) return rules;
  const opinion = opinionOf();
  if (opinion.probability < CONFIDENT_EASY && rules.kind !== 'pasted' && rules.difficulty > EASY_DIFFICULTY) {
    return { kind: rules.kind, difficulty: EASY_DIFFICULTY, signals: [describeRating(opinion), ...rules.signals] };
  }
  // Under its confidence, the model counts beside the rules' half-way signs only where the request is about more than the asker's own matter.
  const reading = rules.asQuestion !== undefined && rules.asQuestion.difficulty > rules.difficulty ? rules.asQuestion : rules;
  const difficulty = learnedDifficulty(opinion.probability, rules.ownMatter === true ? 0 : reading.difficulty);
  if (difficulty === undefined || difficulty <= rules.difficulty) return rules;
  const raised = Math.round(difficulty * 100) / 100;
  // Already hard at the default bar, the rules' reading explains the route; the rating only adds (a larger local model's bar).
  if (rules.difficulty >= DIFFICULTY_AT_CONFIDENT) return { ...rules, difficulty: raised, signals: [...rules.signals, describeRating(opinion)] };
  // Made hard by the model: hard work asked in question form is a task for the model that answers it, not a lookup.
  const kind = rules.kind === 'company' || rules.kind === 'general' ? 'task' : rules.kind;
  if (opinion.probability >= CONFIDENT) return { kind, difficulty: raised, signals: [describeRating(opinion), ...rules.signals] };
  // Beside the rules' own signs: those are the reasons, read as a question's even where the handbook shares its words.
  return { kind, difficulty: raised, signals: [`${describeRating(opinion)}, beside signals worth ${reading.difficulty.toFixed(2)} on their own`, ...reading.signals] };
}

/** What the rules alone make of a message: its kind, a difficulty summed from named signals, and those signals. */
export function assessByRules(text: string, coverage: KnowledgeCoverage): RequestAssessment {
  const read = readSignals(text);
  const assessment = assessSignals(read, coverage);
  return isOwnMatter(read) ? { ...assessment, ownMatter: true } : assessment;
}

/**
 * Asked in the first person singular with no "we" or "our", about no system in particular, or a message someone was sent,
 * asked whether it is genuine ("got a text: … scam?").
 */
function isOwnMatter(read: RequestSignals): boolean {
  if (read.material !== undefined && asksIfGenuine(read.ask)) return true;
  // "my spark job on 3TB of parquet…", "my team of 5 has to cut aws spend…": the first person asking about systems is no personal matter.
  // Nor is a manager asking about the people they lead ("one of my reports…", "my best engineer wants a 4 day week…").
  return SINGULAR.test(read.ask) && !read.ownSituation && !namesSystems(read) && !PEOPLE_ONE_LEADS.test(read.ask);
}

/**
 * The people a manager speaks of: "my reports", "one of my engineers", "two of my …", "my best engineer", "my team",
 * "inherited a senior eng". Their case is the company's, however the manager phrases it.
 */
const PEOPLE_ONE_LEADS =
  /\bmy (?:(?:direct |best |top |strongest |weakest |senior |junior |new |lead |newest )?(?:reports?|engineers?|engs?|devs?|developers?|designers?|reps?|staff|hires?|team|team members?|people|ppl|folks|employees?|analysts?|ics?|csms?|aes?|sdrs?|agents?)|new hire)\b|\b(?:one|two|three|four|five|both|each|all|some|half|\d+) of my\b|\b(?:inherited|manage|managing|lead|leading) (?:a|an|the|two|three|\d+) (?:[\w-]+ ){0,2}(?:engineers?|engs?|devs?|team|people|reps?|designers?|analysts?)\b|^(?:a |my |one )?(?:direct )?reports? (?:told|said|asked|wants|keeps|has|is|just)\b/u;

function assessSignals(read: RequestSignals, coverage: KnowledgeCoverage): RequestAssessment {
  const covered = coverage.confidence !== undefined && coverage.confidence >= coverage.line;
  // "do we need a postmortem for a sev2", "are we allowed to expense wine": when the handbook
  // covers the topic, such a frame asks what the policy says, not for judgement.
  // Asked whom to turn to ("…no clue either, which channel handles payroll"), a symptom told first is the case, not the ask;
  // a legal, ethical or critical question asked beside it ("is that legal? who do i escalate to?") stays the ask.
  // So is a contact or one's own allowance ("whats the email for X? need to cc them on…", "…how much can i expense"), however
  // much of the case is told around it — not "how much traffic would we need" or "how long is our runway", which are estimates.
  const whom = covered && (asksLookup(read) || isOwnHelpdeskFault(read) || isNewcomersStart(read));
  // A phrase that counts only after a case told ("…what should i watch out for") asks what the policy says when the handbook
  // covers the case and nothing beyond the handbook is at stake in it: a first trip, one's own PTO, a new phone for 2FA.
  const policyCase = covered && read.judgement?.afterToldCase === true && !hasStakesBeyondHandbook(read.ask);
  const signals = whom || policyCase ? { ...read, judgement: undefined } : covered && read.policyFrame ? { ...read, scrutiny: undefined } : read;
  if (signals.chitchat) return { kind: 'chitchat', difficulty: 0, signals: ['small talk or a question about tandem itself'] };
  if (signals.material) return { ...scored('pasted', pastedDifficulty(signals, covered)), ...(asksToWorkOnPaste(signals) ? { pasteToWorkOn: true } : {}) };
  if (signals.leadVerb || signals.requestedArtifact || (signals.scrutiny && !signals.question) || (signals.heavyVerb && subjects(signals).length > 0) || judgesWork(signals)) return scored('task', taskDifficulty(signals));
  // A case told at length without particulars does not outweigh the handbook: people tell their situation
  // before a policy question too ("my mum is having surgery next week… do we get compassionate leave").
  const general = scored('general', generalDifficulty(signals, coverage, !covered));
  // Sharing words with the handbook does not make analysis a handbook question: a question that
  // reads as expert work on its own signals is judged as such, whatever the retrieval says — unless
  // what it asks is whom to turn to, which is the handbook's to answer however the case is told.
  if (covered && (general.difficulty < ANALYSIS_BAR || !asksForAnalysis(signals) || whom)) return { ...scored('company', [[0, `the knowledge base covers it (confidence ${coverage.confidence!.toFixed(2)})`]]), ...(whom || asksHowTo(signals) || asksPolicy(signals.ask) ? {} : { asQuestion: questionReading(general, coverage) }) };
  return general;
}

/** The general reading of a covered question, its coverage said as it is: shared words, not analysis the rules ruled out. */
function questionReading(general: RequestAssessment, coverage: KnowledgeCoverage): Pick<RequestAssessment, 'difficulty' | 'signals'> {
  const asAnalysis = coverageReason(coverage, true);
  const shared = `the knowledge base shares its words (confidence ${coverage.confidence!.toFixed(2)})`;
  return { difficulty: general.difficulty, signals: general.signals.map((signal) => (signal === asAnalysis ? shared : signal)) };
}

/**
 * "what's our policy on storing customer data in s3 outside the eu", "github actions or jenkins, what's our standard": what
 * the company has settled is the handbook's to say, however many systems the question names.
 */
function asksPolicy(ask: string): boolean {
  return POLICY_ASK.test(ask) || lastSentenceAndClause(ask).some((sentence) => POLICY_ASK.test(sentence));
}

const POLICY_ASK = /^(?:(?:so|and|but|ok|hey|quick q:?)[\s,]+)?what(?:'s|s| is| are) (?:our|the) (?:[\w-]+ ){0,2}(?:policy|policies|standard|standards|guideline|guidelines|rule|rules|sla|stance)\b/u;

/**
 * "how do we request prod database access for the analytics dashboard": a question that opens by asking how
 * to do something, with no judgement or critique asked, is a how-to the handbook's process answers, however
 * many systems it names.
 */
function asksHowTo(signals: RequestSignals): boolean {
  return HOW_TO.test(signals.ask) && signals.judgement === undefined && signals.scrutiny === undefined;
}

const HOW_TO = /^(?:(?:hey|hi|ok|so|quick q:?|quick question:?)[\s,]+)?how (?:do|can|should|would|to) (?:i|we|u|you|one)?\b/u;

/**
 * A paste handed over with a light verb, or with a change named and nothing asked, wrong or weighed about it ("comments
 * please", "tidy this up"): work to be done on it, not a question about it. A paste with no words around it, or only a
 * word asking for an opinion or for help ("thoughts", "wdyt", "real or phish", "help"), asks about it.
 */
function asksToWorkOnPaste(signals: RequestSignals): boolean {
  if (signals.leadVerb) return signals.leadVerb.weight === 'light';
  if (onlyAsksAboutIt(signals.ask)) return false;
  return !signals.asks && signals.judgement === undefined && !reportsFault(signals.ask);
}

function onlyAsksAboutIt(ask: string): boolean {
  return (ask.match(/[\p{L}\p{N}']+/gu) ?? []).every((word) => OPINION_OR_HELP.has(word));
}

/** Words that ask for an opinion on, or help with, what is shown, and the filler around them. */
const OPINION_OR_HELP: ReadonlySet<string> = new Set(
  `thoughts thought opinion opinions feedback wdyt help halp ideas idea any anyone pls please plz thx ty this again ugh hmm hmmm
  real fake phish phishing scam legit or not sanity check sane ok okay eyes look take a on at here so`.split(/\s+/),
);

/** Whom to turn to, a contact or one's own allowance, asked with no critique and no judgement beyond a diagnosis. */
function asksLookup(signals: RequestSignals): boolean {
  return (signals.asksWhom || asksForContactOrAllowance(signals.ask)) && !signals.scrutiny && (signals.judgement === undefined || signals.judgement.intent === 'diagnosis');
}

/** The first person singular ("i", "my", "me"; not the "i" of "i.e."). */
const SINGULAR = /\b(i(?!\.)|i'm|i've|my|me)\b/;
/** One person's own sign-in, device or account: what the helpdesk pages are about. */
const OWN_ACCESS = /\b(log ?in|logging in|sign ?in|signing in|sign-in|password|passcode|2fa|mfa|sso|okta|vpn|laptop|phone|badge|wi-?fi|printer|inbox|authenticator|otp|account|locked out|usb key|security key|hardware key|yubikey|install(?:ing|ed|er)?|brew|homebrew)\b/;

/**
 * A fault one person meets with their own access or device — "northgate keeps saying auth failed when i
 * sign in", "can i switch my 2fa to sms, keep forgetting the key" — is the helpdesk's, and where the
 * handbook covers it, the handbook answers. A fault in "our" system ("our p95 doubled"), one named in
 * technical terms ("my pods keep getting OOMKilled") or in any system but one's own sign-in, device or
 * account ("customers are charged twice since i shipped the retry logic") stays a diagnosis.
 */
function isOwnHelpdeskFault(signals: RequestSignals): boolean {
  // Short, about one thing: a case told at length or about several systems ("a migration script hit prod… how do i frame root cause") is not a helpdesk fault.
  if (signals.words >= TOLD_CASE_WORDS || signals.workObjects.length > 1 || signals.technicalTerms.length > 0) return false;
  return signals.judgement?.intent === 'diagnosis' && !signals.ownSituation && !signals.material && SINGULAR.test(signals.ask) && OWN_ACCESS.test(signals.ask);
}

/**
 * "where do i even start with onboarding, first day is tomorrow": one person asking where to begin with one thing, in a
 * short message — the handbook's page for it, where the handbook covers it. "where do i even start with this postgres
 * migration" names two systems and stays a request for judgement, as does any case told first (judgement-intents.ts).
 */
function isNewcomersStart(signals: RequestSignals): boolean {
  if (signals.words >= CASE_WORDS || signals.workObjects.length > 1 || signals.technicalTerms.length > 0 || signals.ownSituation || signals.material) return false;
  return signals.judgement?.afterToldCase === false && STARTING.test(signals.judgement.phrase) && SINGULAR.test(signals.ask);
}

const STARTING = /\bwhere (do|should|would) i (even )?(start|begin)\b/;

type Contribution = [weight: number, signal: string];

/** How much of a full reading a fault reported in short code or logs, or a doubt about a short message shown, asks for. */
const FAULT_DEPTH = 0.8;

/** A question this hard on its own signals is analysis even when the handbook shares its words. */
const ANALYSIS_BAR = 0.45;

/** Light verbs that read material rather than reshape it: explaining code is analysis, rewording is not. */
const EXPLAINING_VERBS: ReadonlySet<string> = new Set(['explain', 'describe', 'outline']);
/** Light verbs that answer material with new writing ("write a reply to this"): neither an edit nor analysis. */
const COMPOSING_VERBS: ReadonlySet<string> = new Set(['write', 'draft', 'compose', 'prepare', 'come']);

/**
 * A request for judgement (diagnosis, critique, a faster version, a reading of figures) about
 * systems, money or law is work, however it is phrased — "how do we find out why the export job
 * keeps dying" is debugging — even when the handbook shares some of its words.
 */
function judgesWork(signals: RequestSignals): boolean {
  return (signals.judgement !== undefined || signals.scrutiny !== undefined) && isGrounded(signals);
}

/**
 * What the request is about, beyond everyday words: the work objects of the lexicon and the terms
 * written the way only technical terms are ("OOMKilled", "TLS", "max_connections").
 */
function subjects(signals: RequestSignals): string[] {
  return [...new Set([...(signals.deliverable ? [signals.deliverable] : []), ...signals.workObjects, ...signals.technicalTerms])];
}

/**
 * "We", "our", "us" — or a fault in a particular system, which is always the team's own case: "the
 * invoice export returns the wrong total" is as much about us as "our invoice export…".
 */
function concernsUs(signals: RequestSignals): boolean {
  return signals.ownSituation || signals.judgement?.intent === 'diagnosis';
}

/**
 * Whether a judgement is asked about something particular — a system, money, law, figures — rather
 * than about nothing in particular ("why is the sky blue"). One technical term alone can be a
 * helpdesk word ("why is my VPN slow"); two, or one with a work object, name a system. Whether *our*
 * thing breaks a rule ("is our cookie banner compliant…") is legal work whatever the thing is, and how
 * to hold a hard conversation about a case told in full is judgement about people.
 */
function isGrounded(signals: RequestSignals): boolean {
  if (signals.workObjects.length > 0 || signals.figures >= 3 || signals.technicalTerms.length >= 2) return true;
  if (signals.judgement?.intent === 'legal exposure' && signals.ownSituation) return true;
  // Asked of a case told first ("…probation ends next month. extend it, move him, or let him go?"): the case is the subject.
  if (signals.judgement?.afterToldCase === true && signals.words >= CASE_WORDS) return true;
  // How to have a hard conversation about a case told in full ("…both came to me upset. how do i even have that conversation"): judgement about people.
  return signals.judgement?.intent === 'decision' && CONVERSATION.test(signals.judgement.phrase) && signals.words >= CASE_WORDS;
}

const CONVERSATION = /\b(conversation|talk|discussion|chat|1:1|one-on-one)\b/;

const DESCRIBED_CASE = 'asks about a case it describes in detail';
/** Words and particulars (systems, figures) a message needs to describe a case rather than ask a textbook question. */
const CASE_WORDS = 15;
const CASE_PARTICULARS = 3;
/** Words that describe a case by themselves, particulars or not. */
const TOLD_CASE_WORDS = 25;

/**
 * People rarely name the work when they bring a case: they describe it — "~40 microservices on one
 * postgres cluster… is db-per-service worth the pain", "terraform state is one file for 9 teams. how
 * do we break it up" — and ask something about it, in any words. A long message with several
 * particulars (named systems, technical terms, numbers) and a question anywhere in it asks for
 * judgement on that case, whatever idiom it uses; a short or unspecific one is a plain question.
 */
/** `told`: whether a case told at length counts (not against a handbook that covers the question). */
function asksAboutDescribedCase(signals: RequestSignals, told: boolean): boolean {
  // Told at length, a case needs no named system: "one of my reports missed 4 of the last 6 sprint
  // commitments and just told me her dad is in hospice… how do i handle it".
  return describesCaseInParticulars(signals) || (told && isToldAtLength(signals));
}

function describesCaseInParticulars(signals: RequestSignals): boolean {
  return signals.asks && signals.words >= CASE_WORDS && subjects(signals).length + signals.quantities >= CASE_PARTICULARS && !asksRuleOrContact(signals);
}

/**
 * Our own case: told in particulars (a system, money, law, figures), or told at length by the person
 * it happened to ("one of my reports…", "two of my senior engineers have been in a cold war…").
 */
function appliesToOurCase(signals: RequestSignals, told: boolean): boolean {
  if (concernsUs(signals) && hasParticulars(signals) && !asksRuleOrContact(signals)) return true;
  return told && isToldAtLength(signals) && FIRST_PERSON.test(signals.ask);
}

const FIRST_PERSON = /\b(?:i|i'm|im|my|we|we're|our|us)\b/u;

function isToldAtLength(signals: RequestSignals): boolean {
  return signals.asks && signals.words >= TOLD_CASE_WORDS && !asksToLookUp(signals.ask);
}

/**
 * What a long message finally asks, when it is a fact to look up — how long, how many, when, who,
 * whose sign-off, which contact or where to find it, whether a channel or policy exists ("…not plugging it in lol. whats the email for the
 * security ppl", "…nobody looked. how long r the owners supposed to take"): the handbook's to answer,
 * however much was told first. Only the opening of that sentence says so: "do we have to notify anyone
 * and who" asks for judgement.
 */
/** A closing sentence that opens with `opening`, after a joining word ("so …", "ok …"), and asks nothing more after it. */
function closingAsk(opening: string): RegExp {
  return new RegExp(String.raw`^(?:(?:so|and|but|ok|also|quick q:?)\s+)?${opening}\b[^.?!]*\??\s*$`, 'u');
}

/** A quantity, a time or one of several: how long, how many, when, which one. */
const FACT_ASK = closingAsk(String.raw`(?:how (?:long|many|much|often|early|soon|far)|when (?:do|does|is|are|should|can|will)|which one)`);
/** Whom to turn to or where: who handles, which channel or team, whose sign-off, the email or form, whether one exists. */
const CONTACT_ASK = closingAsk(
  String.raw`(?:who(?:m)? (?:do|does|should|can|could|would|handles?|owns?|is|are|to)\b|who's (?:our|the) (?:[\w-]+ ){0,2}(?:provider|contact|person|owner|admin|lead|rep|vendor|carrier|insurer|broker|poc|point of contact)\b|whose \w+|which (?:channel|team|form|email|person)|what(?:'s|s| is) (?:the|their|our) (?:email|number|link|address|channel|limit|deadline|form|process|rule)|where (?:can|do|should|would) (?:i|we) (?:find|get|go|send|put|ask)|(?:is there|do we have|have we got) (?:a|an|any) (?:[a-z-]+ )?(?:channel|form|policy|process|page|place|person|team|budget|allowance|limit|rule|template|tool|contact))`,
);

function asksToLookUp(ask: string): boolean {
  return lastSentenceAndClause(ask).some((sentence) => FACT_ASK.test(sentence) || CONTACT_ASK.test(sentence) || PERMISSION_ASK.test(sentence));
}

/**
 * Whom to turn to, or whether one may: asked last, it is what a case told in particulars comes to ("postgres primary
 * pegged at 100% cpu and replicas lagging, which team do i drag in?"), and the systems named in the story are its
 * context — whether one may only after a story about no system in particular (namesSystems). Not how long, how much or
 * which one, which after particulars are an estimate or a decision ("how long to get SOC 2 type II if we're starting from
 * nothing", "3 frontends, 11 backend teams. which one ages better").
 */
function asksRuleOrContact(signals: RequestSignals): boolean {
  // A contact asked in the message's one question, with the reason after it, as well: "who's our 401k provider? need to roll over my old plan".
  if (questionAndEnd(signals.ask).some((sentence) => CONTACT_ASK.test(sentence))) return true;
  return !namesSystems(signals) && lastSentenceAndClause(signals.ask).some((sentence) => PERMISSION_ASK.test(sentence));
}

/**
 * A story told in technical terms, about several systems, or with work to do on them: "terraform state for 3 aws accounts
 * … prod rds. can i import them back or do i have to recreate", "…can i fix that with publisher confirms alone" ask how
 * to fix our systems in permission's words, not what a policy allows.
 */
function namesSystems(signals: RequestSignals): boolean {
  if (signals.technicalTerms.length > 0 || signals.workObjects.length > MOST_OBJECTS_OF_A_RULE_QUESTION) return true;
  // Work to do on systems named, not on one's own order or leave ("can i split my 20 wks into two chunks").
  return signals.heavyVerb !== undefined && signals.workObjects.length >= 2;
}

/** A policy question's story names a few systems at most ("the design team", "the api", "the incident process"); more, and it is about the systems. */
const MOST_OBJECTS_OF_A_RULE_QUESTION = 3;

/**
 * What a long message finally asks, when it is whether the asker may, must or gets something — "…can i
 * still take them or do i have to wait", "…can i get her a bottle of wine on the company": a rule to look
 * up, however much was told first. Only in the first person singular: "do we have to notify anyone", "does
 * that cover it for eu customers", "is it fine that our keys live in…" ask whether the company's own case
 * breaks a rule or holds up, which is judgement.
 */
const PERMISSION_ASK =
  /^(?:(?:so|and|but|ok|also|then|quick q:?)\s+)?(?:(?:can|could|may) i(?: still| just| even| actually)?\b|am i (?:still )?(?:allowed|ok|okay|supposed|expected|covered|eligible)\b|do i (?:still |even |actually )?(?:have to|need to|get|qualify)\b)[^.?!]*\??\s*$/u;

/**
 * A contact to reach, what one may claim or pays oneself, or how else one may pay: "whats the email for
 * the SRE team", "how much can i actually get back", "what % of the premium would i be paying", "any
 * other way to pay?". A fact the handbook holds whatever the case around it — not "which team should own
 * billing", "what is the number of partitions", "how much can we spend", "how much would i pay in tax".
 */
const CONTACT_OR_ALLOWANCE =
  /^(?:(?:so|and|but|ok|also|roughly|approximately)\s+)?(?:what(?:'s|’s|s| is) (?:the|their|his|her) (?:email|e-mail|alias|contact|slack channel|channel)(?: address)? (?:for|of)\b|what(?:'s|’s|s| is) the (?:most|max|maximum|limit|cap) (?:(?:that|the team|my team|we|i|each of us|one) )?(?:can|could|may|are allowed to|is allowed to) (?:spend|expense|claim|put through)(?: (?:on (?:it|this|that|food|dinner|lunch|drinks|gifts?|swag|the (?:dinner|lunch|event|outing|offsite|party|social))|per (?:head|person|night|day|trip)))?\s*\??\s*$|how much (?:can|could) i (?:actually |really )?(?:expense|claim|get back|be reimbursed|get reimbursed|put through)|(?:what %|what percent(?:age)?|what share) of (?:the|my) (?:premium|cost|bill|fare|fee)s? (?:would|do|will) i (?:be )?(?:pay|paying)|(?:is there )?(?:an|any) ?other way to (?:pay|expense|claim|book|get (?:it )?(?:paid|reimbursed)))\b/u;

/** Read in the message's one question sentence too ("whats the email for X? need to cc them on…"), as well as at its end. */
function asksForContactOrAllowance(ask: string): boolean {
  return questionAndEnd(ask).some((sentence) => CONTACT_OR_ALLOWANCE.test(sentence));
}

/** Where a lookup asked is read: the message's one question sentence, when it has exactly one, then its last sentence and clause. */
function questionAndEnd(ask: string): string[] {
  const question = onlyQuestion(ask);
  return [...(question === undefined ? [] : [question]), ...lastSentenceAndClause(ask)];
}

/** The last sentence, and that sentence's last clause ("…are wrong on my first payslip, …and whats their email"). */
function lastSentenceAndClause(ask: string): string[] {
  const lastSentence = (ask.split(/[.!?]+[)\]"'’”]*(?:\s|$)|\n/u).map((part) => part.replace(CLAUSE_OPENER, '')).filter((part) => part !== '').pop() ?? ask).trim();
  const lastClause = (lastSentence.split(/,\s|\sand\s|\s[-–—]\s/u).pop() ?? lastSentence).trim();
  return [lastSentence, lastClause];
}

/** The sentence that ends in a question mark, without the mark, when exactly one sentence does: "whats the email for the SRE team". */
function onlyQuestion(ask: string): string | undefined {
  const questions = ask
    .split(/(?<=[.!?\n])(?![.!?])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.endsWith('?'));
  return questions.length === 1 ? questions[0]!.replace(/\?+$/u, '').replace(CLAUSE_OPENER, '').trim() : undefined;
}

/** Dashes, brackets and spaces that open what follows a sentence break ("…parking??) — is there a channel…"). */
const CLAUSE_OPENER = /^[\s\-–—:;,)\]]+/u;

/**
 * Our own case, told in particulars: a system, money or law named, or figures enough to describe it
 * ("a band of 165–195k, a hire asking for 205").
 */
function hasParticulars(signals: RequestSignals): boolean {
  return subjects(signals).length > 0 || signals.quantities >= CASE_PARTICULARS;
}

/**
 * More than nouns of systems and money: a judgement asked for, work named, figures or conditions to
 * weigh, or what is required of us across several systems or laws ("do we need a dpa with every
 * subprocessor…").
 */
function asksForAnalysis(signals: RequestSignals): boolean {
  // A case told at length without particulars does not outweigh the handbook: people tell their
  // situation before a policy question too ("moving 3 hrs away this summer with the kids, …can i go full remote").
  if (signals.scrutiny !== undefined || signals.judgement !== undefined || signals.heavyVerb !== undefined || describesCaseInParticulars(signals)) return true;
  return signals.figures >= 3 || signals.constraints >= 3 || (signals.policyFrame && signals.workObjects.length >= 2);
}

/** The judgement asked for, as one reason: the idiom, or the family of the question frame. */
function judgementReason(signals: RequestSignals): string | undefined {
  if (signals.scrutiny) return `asks for judgement ("${quotedWords(signals.scrutiny)}")`;
  if (signals.judgement) return `asks for ${signals.judgement.intent} ("${quotedWords(signals.judgement.phrase)}")`;
  return undefined;
}

/**
 * Structured material takes reading; so do someone else's words quoted to be answered or weighed;
 * a contract or policy takes a legal reading whatever is asked of it; notes of one's own less; an
 * encoded blob has nothing to reason about.
 */
const MATERIAL_WEIGHT: Readonly<Record<MaterialType, number>> = { code: 0.3, log: 0.3, table: 0.3, legal: 0.4, quote: 0.3, prose: 0.1, blob: 0 };

function scored(kind: RequestKind, contributions: Contribution[]): RequestAssessment {
  const total = contributions.reduce((sum, [weight]) => sum + weight, 0);
  // At most 0.99, so that routing.difficultyThreshold: 1 means "never escalate on difficulty".
  return { kind, difficulty: Math.round(Math.min(0.99, Math.max(0, total)) * 100) / 100, signals: contributions.map(([, signal]) => signal) };
}

function taskDifficulty(signals: RequestSignals): Contribution[] {
  const parts: Contribution[] = [];
  if (signals.leadVerb && signals.deliverable) parts.push([0.45, `asks for expert work (${quotedWords(signals.leadVerb.verb)} … ${signals.deliverable})`]);
  else if (signals.leadVerb) parts.push([signals.leadVerb.weight === 'heavy' ? 0.45 : 0.2, `opens with a task verb (${quotedWords(signals.leadVerb.verb)})`]);
  else if (signals.requestedArtifact) parts.push([0.2, `asks for ${signals.requestedArtifact}`]);
  if (signals.heavyVerb && signals.heavyVerb !== signals.leadVerb?.verb) parts.push([signals.leadVerb ? 0.15 : 0.35, `asks to ${signals.heavyVerb}`]);
  const judgement = judgementReason(signals);
  if (judgement) parts.push([0.35, judgement]);
  else if (asksAboutDescribedCase(signals, true)) parts.push([0.25, DESCRIBED_CASE]);
  // Asked as a question rather than an order, the work is judged on the team's own case.
  if (!signals.leadVerb && appliesToOurCase(signals, true)) parts.push([0.2, 'applies expertise to our own situation']);
  parts.push(...sharedDifficulty(signals));
  return parts;
}

/** `covered`: the handbook covers what is asked — an HR e-mail pasted with "legit?", which its security page answers. */
function pastedDifficulty(signals: RequestSignals, covered: boolean): Contribution[] {
  const material = signals.material!;
  const parts: Contribution[] = [[MATERIAL_WEIGHT[material.type], `pasted ${material.type} (${material.lines} line${material.lines === 1 ? '' : 's'})`]];
  if (material.type === 'blob') return [...parts, ...sharedDifficulty(signals)];
  if (material.lines >= 3) parts.push([material.lines >= 5 ? 0.2 : 0.1, 'the material is long enough to need reading closely']);
  // Judging a one-line error is a lookup; judging a page of logs or terms is analysis.
  const depth = material.lines >= 5 || material.chars >= 120 ? 1 : material.lines >= 3 ? 0.6 : 0.4;
  const judgement = judgementReason(signals);
  if (judgement) parts.push([0.3 * depth, judgement]);
  // Code or logs with what goes wrong in them ("all three buttons fire the last handler??", "uploads over 100mb always die"): debugging.
  else if (signals.leadVerb?.weight === 'heavy' || signals.heavyVerb) parts.push([0.3 * depth, `asks to ${signals.leadVerb?.weight === 'heavy' ? signals.leadVerb.verb : signals.heavyVerb}`]);
  else if (signals.leadVerb && signals.deliverable) parts.push([0.3 * depth, `asks for expert work from it (${signals.leadVerb.verb} … ${signals.deliverable})`]);
  else if (signals.leadVerb && EXPLAINING_VERBS.has(signals.leadVerb.verb)) parts.push([0.1 * depth, `asks to ${signals.leadVerb.verb} it`]);
  else if (signals.leadVerb && COMPOSING_VERBS.has(signals.leadVerb.verb)) parts.push([0.05, `asks to ${signals.leadVerb.verb} an answer to it`]);
  else if (signals.leadVerb) parts.push([-0.15, `a light edit (${quotedWords(signals.leadVerb.verb)})`]);
  // With no verb that says what to do with it: code or logs with what goes wrong in them ("all three buttons fire the last
  // handler??") ask for debugging however short the code — a four-line closure bug is a classic trap. Not one error line,
  // nor an error from one's own sign-in, device or install, which the helpdesk pages answer; "add error handling to this" is
  // an edit, whatever it says is wrong.
  else if ((material.type === 'code' || material.type === 'log') && material.lines >= 3 && reportsFault(signals.ask) && !OWN_ACCESS.test(signals.ask)) parts.push([0.3 * Math.max(depth, FAULT_DEPTH), 'reports a fault in it']);
  else if (!covered && asksIfGenuine(signals.ask)) parts.push([0.3 * Math.max(depth, FAULT_DEPTH), 'asks whether it is genuine']);
  // A question about pasted material ("any idea?", "is this right?") asks for it to be analysed.
  // Any question about a contract or policy asks for a legal reading of it ("broker says it's standard. is it??").
  else if (signals.question) parts.push([(material.type === 'legal' ? 0.2 : 0.15) * depth, 'asks a question about it']);
  else if (material.lines >= 3) parts.push([0.1, 'asks about it']);
  // "can we terminate this?", "does this mean they own our code?": the material applied to our case.
  if (signals.question && signals.ownSituation) parts.push([0.15 * depth, 'asks what it means for us']);
  parts.push(...sharedDifficulty(signals));
  return parts;
}

function generalDifficulty(signals: RequestSignals, coverage: KnowledgeCoverage, told: boolean): Contribution[] {
  const parts: Contribution[] = [[0.05, coverageReason(coverage, !told)]];
  if (signals.heavyVerb) parts.push([0.2, `mentions work to ${signals.heavyVerb}`]);
  // A judgement frame about nothing in particular ("why is the sky blue") is a plain question.
  const judgement = judgementReason(signals);
  if (judgement) parts.push([isGrounded(signals) ? 0.35 : 0.15, judgement]);
  else if (asksAboutDescribedCase(signals, told)) parts.push([0.25, DESCRIBED_CASE]);
  if (appliesToOurCase(signals, told)) parts.push([0.2, 'applies expertise to our own situation']);
  parts.push(...sharedDifficulty(signals));
  return parts;
}

/** Where the handbook stands on a question judged as a general one: silent, or sharing its words with a request for analysis. */
function coverageReason(coverage: KnowledgeCoverage, covered: boolean): string {
  if (coverage.confidence === undefined) return 'a question';
  const confidence = coverage.confidence.toFixed(2);
  return covered ? `the knowledge base shares its words (confidence ${confidence}), but it asks for analysis` : `the knowledge base does not cover it (confidence ${confidence})`;
}

/**
 * "about postmortem, outage, 2 technical terms": lexicon words are named, technical terms only
 * counted. They are the message's own tokens — a key ("sk_live_…"), a host, a flag with a value —
 * and reasons are shown in the reply's marker, printed by `route` and stored in the ledger.
 */
function aboutReason(signals: RequestSignals): string {
  const named = [...new Set([...(signals.deliverable ? [signals.deliverable] : []), ...signals.workObjects])].slice(0, 4);
  const technical = signals.technicalTerms.filter((term) => !named.includes(term)).length;
  const counted = technical > 0 ? [`${technical} technical term${technical === 1 ? '' : 's'}`] : [];
  return `about ${[...named, ...counted].join(', ')}`;
}

/** Signals that make any request harder or easier, whatever its kind. */
function sharedDifficulty(signals: RequestSignals): Contribution[] {
  const parts: Contribution[] = [];
  const objects = asksRuleOrContact(signals) && signals.words >= CASE_WORDS ? [] : subjects(signals);
  if (objects.length > 0) parts.push([Math.min(0.4, 0.13 * objects.length), aboutReason(signals)]);
  if (signals.figures >= 2) parts.push([signals.figures >= 4 ? 0.2 : 0.1, `${signals.figures} figures to work with`]);
  if (signals.constraints >= 3) parts.push([signals.constraints >= 5 ? 0.15 : 0.1, `${signals.constraints} requirements or conditions`]);
  if (signals.words > 25) parts.push([signals.words > 40 ? 0.15 : 0.1, `a long request (${signals.words} words)`]);
  if (signals.largeOutput) parts.push([0.1, 'asks for a large answer']);
  if (signals.smallOutput) parts.push([-0.25, 'asks for something short']);
  return parts;
}
