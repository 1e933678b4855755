/**
 * The observable signals of a request, each one a plain fact that can be shown as a reason:
 * the verb that opens it, the things it acts on, numbers and constraints, the size of what it
 * asks for, pasted material, and whether it is small talk.
 */
import {
  ABOUT_ASSISTANT,
  CHITCHAT_WORDS,
  EXPERT_DELIVERABLES,
  HEAVY_TASK_VERBS,
  LARGE_OUTPUT,
  LEAD_FILLER,
  LIGHT_TASK_VERBS,
  QUESTION_OPENERS,
  REQUESTED_ARTIFACTS,
  SCRUTINY_PHRASES,
  SMALL_OUTPUT,
  SOCIAL_OPENERS,
  WORK_OBJECTS,
} from './lexicons.ts';
import { inStandardSpelling } from './chat-spellings.ts';
import { findJudgement, type JudgementMatch } from './judgement-intents.ts';
import { findPastedMaterial, type PastedMaterial } from './pasted-material.ts';
import { anyPattern, firstPattern } from './pattern-sets.ts';
import { findTechnicalTerms } from './technical-terms.ts';

export interface RequestSignals {
  /** The ask: the message without pasted material, lower-cased. */
  ask: string;
  words: number;
  chitchat: boolean;
  material?: PastedMaterial;
  /** The task verb the request opens with (after filler such as "hey can u pls"), if any. */
  leadVerb?: { verb: string; weight: 'heavy' | 'light' };
  /** What a light lead verb makes when that takes expertise: "write *the postmortem*", "turn this into *a runbook*". */
  deliverable?: string;
  /** What a request without a task verb names as wanted at its end: "…, code + explanation", "regex for x pls". */
  requestedArtifact?: string;
  /** A heavy task verb anywhere in the ask ("…, can u think through batching"). */
  heavyVerb?: string;
  scrutiny?: string;
  /** Asks what is allowed or required ("do we need…", "are we allowed…"): a policy question when the handbook covers it. */
  policyFrame: boolean;
  /** Asks whom to turn to ("who do i drag in", "which channel handles payroll stuff"): the handbook's contacts answer that, whatever the case told. */
  asksWhom: boolean;
  /** A request for diagnosis, optimisation, critique, interpretation or a decision (judgement-intents.ts). */
  judgement?: JudgementMatch;
  /** Opens like a question ("what", "how", "is there"). */
  question: boolean;
  /**
   * Asks something anywhere, not only at its start: a question mark, a clause that opens like a
   * question after a description ("…9 teams. how do we break it up"), or an appeal to the reader
   * ("talk me out of it").
   */
  asks: boolean;
  /** Plain numbers in the ask, whatever they count: "~40 microservices", "9 teams", "22%", "2k a day". */
  quantities: number;
  workObjects: string[];
  /** Terms written the way only technical terms are: "OOMKilled", "TLS", "max_connections", "2Gi" (technical-terms.ts). */
  technicalTerms: string[];
  /** Figures with units or magnitudes: "2TB", "40s", "15%", "$49", "1,200". */
  figures: number;
  /** Separate requirements: clauses joined by commas, "and", "with", "without", "but". */
  constraints: number;
  smallOutput: boolean;
  largeOutput: boolean;
  /** Speaks of "we", "our", "us": a question about the team's own case, not a textbook fact. */
  ownSituation: boolean;
}

const WORD = /[a-z0-9&']+/g;
/** Longer than this, a message that opens socially has something else to say. */
const SOCIAL_MESSAGE_WORDS = 10;
const POLICY_FRAMES: readonly RegExp[] = [
  /\b(do|does|did) (we|i|they) (really |actually )?(need|have to|get)\b/, /\b(are|am|is) (we|i|it|they) (allowed|required|supposed|expected|ok|okay)\b/,
  /\bwhat do (we|i) (do|need)\b/, /\b(can|could|may) (i|we)\b/, /\bis (it|that) (ok|okay|fine|allowed)\b/,
];
/**
 * Words after which a task word asks for work: as a verb ("can u *plan*", "help me *model*", "need
 * to *review*") or as a deliverable ("a *plan* for", "rough *estimate* pls"). Many task words are
 * also plain nouns ("the *plan* for the office", "learning *budget*"), which ask for no work.
 */
const WORK_POSITION: ReadonlySet<string> = new Set(
  `to can could would will should pls please plz help me us you u we i and then or also just quickly lets let's gotta must might
  need needs want wants try trying how a an rough ballpark quick detailed full proper high-level`.split(/\s+/),
);
// Each list runs only the patterns whose words are in the ask (pattern-sets.ts): on a long paste, every pattern walking the whole text was most of the time.
const firstScrutiny = firstPattern(SCRUTINY_PHRASES);
const framesPolicy = anyPattern(POLICY_FRAMES);
const WHOM_FRAMES: readonly RegExp[] = [
  /\bwho (do|should|can|would|could) (i|we|u) (even )?(ask|ping|page|call|contact|drag in|pull in|loop in|escalate to|talk to|tell|email|reach|go to|bug|wake up)\b/,
  /\bwho('s| is| are) (on call|on-call|the owner|responsible|in charge|the right person|the contact)\b/,
  /\bwho (handles|owns|deals with|looks after)\b/,
  /\b(which|what) (channel|team|person|email|alias|group|address) (handles|is for|owns|deals with|do i|should i|do we|should we)\b/,
  /\bwhere (do|should|can) (i|we|u) (ask|go|report|send|raise|escalate)\b/,
];
const asksWhomToTurnTo = anyPattern(WHOM_FRAMES);
const asksSmall = anyPattern(SMALL_OUTPUT);
const asksLarge = anyPattern(LARGE_OUTPUT);
const aboutAssistant = anyPattern(ABOUT_ASSISTANT);
const opensSocially = anyPattern(SOCIAL_OPENERS);
const FIGURE = /(?:[$£€]\s?\d[\d,.]{0,20}\s?[kmb]?\b|\b\d[\d,.]{0,20}\s?(?:%|x\b|k\b|m\b|b\b|tb|gb|mb|ms|s\b|rps|rows|hours|hrs|min\b|mins|minutes|sec\b|secs|seconds|months?|mo\b|years?|yrs?|days?|weeks?|engineers|people|ppl|customers|visitors|events|mi\b|miles|km\b|kms\b|\/(?:mi|km|mo|month|yr|year|hr|h|day|wk|week|user|seat|unit)\b))/gi;
const CONSTRAINT = /,|\b(and|with|without|but|only|must|never|so that|while|incl|including|given)\b/g;
/**
 * A number standing as a word (not inside "q3", "2fa", "h-1b"), with its magnitude or percent — a
 * count or an amount, not a phone, card or account number (long, or one group of several).
 */
const QUANTITY = /(?<![\w.-]|\d[ -])[~≈]?[$£€]?\d{1,4}(?:[,.]\d{1,3})*(?:[kmb]|%|x)?(?![\w-]|[ -]\d)/g;
/**
 * Where a clause can open like a question: the start, or after a sentence, a colon, a dash, a
 * comma before "and/but/so", or a line break.
 */
const QUESTION_CLAUSE = new RegExp(
  `(?:^|[.!:;—–\\n]\\s*|\\s-\\s+|,\\s*(?:and|but|so)?\\s*)(?:so\\s+|and\\s+|but\\s+|honestly\\s+)?(?:${[...QUESTION_OPENERS].join('|')})\\s`,
);
/** Appeals to the reader that ask for an answer without a question: "talk me out of it", "convince me". */
const APPEAL = /\b(talk|tell|help|walk|convince|show|teach|give|hit) me\b/;

/** The ask around pasted material: the line that introduces it, and the words that close the message after it. */
function withClosing(first: string, closing: string | undefined): string {
  return closing === undefined ? first : `${first}\n${closing}`;
}

function asksAnywhere(ask: string): boolean {
  return ask.includes('?') || QUESTION_CLAUSE.test(ask) || APPEAL.test(ask);
}

export function readSignals(text: string): RequestSignals {
  const material = findPastedMaterial(text);
  const written = (material ? (material.inlineAsk ?? withClosing(text.split('\n')[0]!, material.closingAsk)) : text).trim();
  const typed = written.toLowerCase();
  const ask = inStandardSpelling(typed);
  const tokens = ask.match(WORD) ?? [];
  // Only before text, a table or a quote: under code or a log, "…losing writes in prod, sort it out" asks for a fix.
  const lead = leadVerb(tokens) ?? (material && !['code', 'log'].includes(material.type) ? clauseVerb(ask) : undefined);
  const { heavyVerb, workObjects, ownSituation } = readTokens(tokens);
  const scrutiny = firstScrutiny(ask)?.text;
  const artifact = lead ? undefined : requestedArtifact(ask);
  const deliverable = lead?.weight === 'light' ? deliverableOf(tokens, lead.verb) : undefined;
  const judgement = findJudgement(ask);
  return {
    ask,
    words: (typed.match(WORD) ?? []).length,
    chitchat: !material && isChitchat(ask, tokens),
    ...(material ? { material } : {}),
    ...(lead ? { leadVerb: lead } : {}),
    ...(deliverable ? { deliverable } : {}),
    ...(artifact ? { requestedArtifact: artifact } : {}),
    ...(heavyVerb ? { heavyVerb } : {}),
    ...(scrutiny ? { scrutiny } : {}),
    ...(judgement ? { judgement } : {}),
    policyFrame: framesPolicy(ask),
    asksWhom: asksWhomToTurnTo(ask),
    question: QUESTION_OPENERS.has(firstContentWord(tokens) ?? '') || /\?\s*$/.test(ask),
    // A judgement asked of a case told is a question whatever its punctuation: "…3 contractors have access. am i right to lose sleep over this".
    asks: asksAnywhere(ask) || judgement?.afterToldCase === true,
    quantities: (ask.match(QUANTITY) ?? []).length,
    workObjects: [...new Set([...hyphenatedWorkObjects(ask), ...workObjects])],
    technicalTerms: findTechnicalTerms(written),
    figures: (text.match(FIGURE) ?? []).length,
    constraints: (ask.match(CONSTRAINT) ?? []).length,
    smallOutput: asksSmall(ask),
    largeOutput: asksLarge(ask),
    ownSituation,
  };
}

const HEAVY = 1;
const WORK_OBJECT = 2;
const OWN = 4;
const AFTER_IT_WORK = 8;

/** What each listed word can signal, so that each token of a long ask is looked up once. */
const TOKEN_ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, role: number) => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | role);
  };
  mark(HEAVY_TASK_VERBS, HEAVY);
  mark(WORK_OBJECTS, WORK_OBJECT);
  mark(['we', 'our', 'us', "we're"], OWN);
  mark(WORK_POSITION, AFTER_IT_WORK);
  return roles;
})();

/**
 * In one pass over the tokens: the first heavy task verb in a work position, the things the
 * request acts on (each once, in order), and whether it speaks of "we", "our", "us".
 */
function readTokens(tokens: readonly string[]): Pick<RequestSignals, 'heavyVerb' | 'workObjects' | 'ownSituation'> {
  let heavyVerb: string | undefined;
  const workObjects = new Set<string>();
  let ownSituation = false;
  let previous = 0;
  for (const [index, token] of tokens.entries()) {
    const role = TOKEN_ROLES.get(token) ?? 0;
    if (heavyVerb === undefined && role & HEAVY && (index === 0 || previous & AFTER_IT_WORK) && !editsSurface(tokens, index)) heavyVerb = token;
    if (role & WORK_OBJECT) workObjects.add(token);
    else if (token.length >= 4 && token.endsWith('s')) {
      const singular = lexiconForm(token, WORK_OBJECTS);
      if (singular) workObjects.add(singular);
    }
    if (role & OWN) ownSituation = true;
    previous = role;
  }
  return { heavyVerb, workObjects: [...workObjects], ownSituation };
}

/** "hey can u pls build…", "need a bash thing that…", "help me plan…": the verb after the filler. */
function leadVerb(tokens: readonly string[]): RequestSignals['leadVerb'] {
  let index = 0;
  while (index < tokens.length && (LEAD_FILLER.has(tokens[index]!) || tokens[index] === 'help')) index++;
  const verb = tokens[index];
  if (!verb) return undefined;
  // "fix typos only", "fix the grammar": a heavy verb on the surface of a text is an edit.
  if (HEAVY_TASK_VERBS.has(verb)) return { verb, weight: editsSurface(tokens, index) ? 'light' : 'heavy' };
  if (LIGHT_TASK_VERBS.has(verb)) return { verb, weight: 'light' };
  // "need a bash thing that…", "want a workflow that…": asking for an artefact is a task too.
  if (index > 0 && /^(need|want)$/.test(tokens[index - 1]!) && /^(a|an|the|some)$/.test(verb)) return { verb: tokens[index - 1]!, weight: 'light' };
  return helpedVerb(tokens);
}

/**
 * A paste introduced before it is worked on: "notes from the vendor call, turn into bullets pls", "the q3 numbers — sort by
 * region". The task verb opens the clause after the introduction.
 */
const CLAUSE_VERB = /(?:[,;:]|\s[-–—])\s*(?:pls |please |and |just |can you |could you )?([a-z]+)\b/g;

function clauseVerb(ask: string): RequestSignals['leadVerb'] {
  for (const match of ask.matchAll(CLAUSE_VERB)) {
    const verb = match[1]!;
    if (LIGHT_TASK_VERBS.has(verb)) return { verb, weight: 'light' };
    if (HEAVY_TASK_VERBS.has(verb)) return { verb, weight: 'heavy' };
  }
  return undefined;
}

/** The surface of a text, after a correcting verb and its determiners: "fix typos", "fix up the grammar", "clean up the caps". */
const SURFACE_WORDS: ReadonlySet<string> = new Set(['typo', 'typos', 'spelling', 'grammar', 'punctuation', 'capitalization', 'capitalisation', 'caps', 'comma', 'commas']);
const BEFORE_SURFACE: ReadonlySet<string> = new Set(['up', 'the', 'my', 'any', 'all', 'its', 'their', 'some', 'only', 'just']);
/** What may follow the surface word: the edit's limits and manners ("only", "pls", "in this", "dont change the tone"), nothing it acts on. */
const AFTER_SURFACE: ReadonlySet<string> = new Set(['only', 'pls', 'please', 'thanks', 'thx', 'dont', "don't", 'keep', 'but', 'and', 'here']);
/** Verbs that correct a text ("fix typos only"), not ones that build or change a system ("build the formatting engine…"). */
const CORRECTING_VERBS: ReadonlySet<string> = new Set(['fix', 'clean', 'correct', 'tidy']);

/** A correcting verb whose object is the surface of a text, with nothing after it that it acts on ("fix the grammar of our parser"). */
function editsSurface(tokens: readonly string[], verbAt: number): boolean {
  if (!CORRECTING_VERBS.has(tokens[verbAt]!)) return false;
  let index = verbAt + 1;
  while (index < tokens.length && BEFORE_SURFACE.has(tokens[index]!)) index += 1;
  if (!SURFACE_WORDS.has(tokens[index] ?? '')) return false;
  const next = tokens[index + 1];
  if (next !== 'in') return next === undefined || AFTER_SURFACE.has(next);
  // "in this", "in my email", "in the draft" — not "in our parser".
  const where = tokens[index + 2];
  return where === 'this' || where === 'it' || where === 'here' || ((where === 'my' || where === 'the') && TEXTS.has(tokens[index + 3] ?? ''));
}

const TEXTS: ReadonlySet<string> = new Set(['text', 'email', 'mail', 'doc', 'draft', 'message', 'paragraph', 'copy', 'post', 'letter', 'note', 'notes', 'slide', 'slides']);

/** Words after "help me" that are not a verb of work: "help me with…", "help me out", "help me find the form". */
const NOT_WORK_AFTER_HELP: ReadonlySet<string> = new Set(
  `with on for to the a an my our out here there find locate get understand know see access reach log sign
  please pls plz asap real quick quickly now again`.split(/\s+/),
);

/**
 * "help me set okrs for the platform team", "…lost 3 days of their data. help me not make it worse":
 * whatever verb follows "help me/us", wherever it stands, asks for work to be done with the person —
 * no verb list holds them all. Finding a page or understanding a rule is a lookup, and "help" alone
 * asks for tandem's help.
 */
function helpedVerb(tokens: readonly string[]): RequestSignals['leadVerb'] {
  const help = tokens.indexOf('help');
  if (help < 0 || !/^(me|us)$/.test(tokens[help + 1] ?? '')) return undefined;
  const next = tokens[help + 2] === 'not' ? help + 3 : help + 2;
  const verb = tokens[next];
  if (verb === undefined || !/^[a-z]{2,}$/.test(verb) || NOT_WORK_AFTER_HELP.has(verb)) return undefined;
  return { verb, weight: 'light' };
}

/** Work objects written with hyphens, which the word tokens split: "multi-tenant", "non-compete". */
function hyphenatedWorkObjects(ask: string): string[] {
  return (ask.match(HYPHENATED) ?? []).filter((compound) => WORK_OBJECTS.has(compound));
}

// Only from the start of a run of letters and digits: a start inside one cannot match where the
// run's start did not (the same run follows), and retrying every position of a uuid or a hash
// walked each run once per character.
const HYPHENATED = /(?<![a-z0-9])[a-z0-9]+(?:-[a-z0-9]+)+/g;

/** The word as the lexicon lists it: itself, or its singular ("queues", "policies", "boxes"). */
function lexiconForm(token: string, lexicon: ReadonlySet<string>): string | undefined {
  if (lexicon.has(token)) return token;
  if (token.length < 4 || !token.endsWith('s')) return undefined;
  const singulars = [token.slice(0, -1), token.endsWith('es') ? token.slice(0, -2) : '', token.endsWith('ies') ? `${token.slice(0, -3)}y` : ''];
  return singulars.find((singular) => singular !== '' && lexicon.has(singular));
}

/**
 * What a light verb is asked to make, when that takes expertise: the first noun-like word after the
 * verb, past articles and adjectives ("write *a proper blameless postmortem*", "turn this into
 * *a runbook*"), before the request moves on to what the thing is about ("draft an email *about*
 * the contract" makes an e-mail).
 */
const DELIVERABLE_REACH = 6;
const ABOUT_WORDS: ReadonlySet<string> = new Set(['about', 'regarding', 'on', 're', 'to', 'for', 'from', 'with', 'that', 'which', 'explaining', 'telling', 'saying', 'asking']);

function deliverableOf(tokens: readonly string[], verb: string): string | undefined {
  const start = tokens.indexOf(verb);
  if (start < 0) return undefined;
  for (let index = start + 1; index < Math.min(tokens.length, start + 1 + DELIVERABLE_REACH); index++) {
    const token = tokens[index]!;
    if (ABOUT_WORDS.has(token)) return undefined;
    const known = lexiconForm(token, EXPERT_DELIVERABLES);
    if (known) return known;
  }
  return undefined;
}

/**
 * A request without a verb that names what it wants at its end: "binary search on a rotated array,
 * code + explanation", "regex for uk postcodes pls", "monthly actives by plan — sql?".
 */
/**
 * A request without a verb that names what it wants at its end: "binary search on a rotated array,
 * code + explanation", "regex for uk postcodes pls", "monthly actives by plan — sql?". Two shapes,
 * the leftmost match winning (the first shape at the same place), as one alternation would read.
 */
const TRAILING_ARTIFACT = /(?:[,:;—–-]|\bjust|\bgive me|\bneed|\bwith)\s*(?:the |some |a |an )?([a-z]+)\b[^,.;:?!]{0,40}[?!.]*\s*$/g;
const POLITE_ARTIFACT = /\b([a-z]+) (?:pls|please|plz)\b/;
const POLITE_WORDS = ['pls', 'please', 'plz'];
/** Nothing after a trailing artifact's opening is a comma, colon or semicolon. */
const CLAUSE_BREAKS = [',', ';', ':'];

function requestedArtifact(ask: string): string | undefined {
  const trailing = trailingArtifact(ask);
  const polite = POLITE_WORDS.some((word) => ask.includes(word)) ? POLITE_ARTIFACT.exec(ask) : null;
  const found = trailing && (!polite || trailing.index <= polite.index) ? trailing : polite;
  const artifact = found?.[1];
  return artifact && REQUESTED_ARTIFACTS.has(artifact) ? artifact : undefined;
}

/** The trailing shape can only open at or after the ask's last comma, colon or semicolon: it is looked for there. */
function trailingArtifact(ask: string): RegExpExecArray | null {
  TRAILING_ARTIFACT.lastIndex = Math.max(0, ...CLAUSE_BREAKS.map((mark) => ask.lastIndexOf(mark)));
  return TRAILING_ARTIFACT.exec(ask);
}

function firstContentWord(tokens: readonly string[]): string | undefined {
  return tokens.find((token) => !/^(hey|hi|hello|yo|ok|so|um|uh|pls|please|quick|question|q)$/.test(token));
}

function isChitchat(ask: string, tokens: readonly string[]): boolean {
  if (aboutAssistant(ask)) return true;
  if (tokens.length === 0) return true;
  if (tokens.length <= 6 && tokens.every((token) => CHITCHAT_WORDS.has(token))) return true;
  // A social opener followed by no question and no request: "thanks!! that worked", "brb lunch".
  if (tokens.length > SOCIAL_MESSAGE_WORDS || ask.includes('?') || !opensSocially(ask)) return false;
  return !tokens.some((token) => HEAVY_TASK_VERBS.has(token) || LIGHT_TASK_VERBS.has(token) || WORK_OBJECTS.has(token));
}
