import { isDepartmentWord } from './department-words.ts';
import { isSettlementName } from './settlement-names.ts';
import { isHumanName } from './human-names.ts';
import { isKnownNonNamePhrase } from './name-lexicon.ts';
import { hasThingCueAfter, hasThingCueBefore, isFormOfAddressAlone } from './name-cues.ts';
import { isFollowedByPersonPredicate, isFollowedByWorkPredicate, isOutForATime } from './person-predicates.ts';
import { isClauseOpenedBefore, isLineStart } from './sentence-position.ts';
import { FROM_THEN_SPEECH } from './name-given-context.ts';
import { wordKind } from './name-word-kinds.ts';
import { PARTICLES, isMostlyAnotherLanguage, tokenize, type Token } from './recall-words.ts';
import { isWhitespaceCode } from './text-scan.ts';
import { personBetween, type Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/**
 * The recall-first name pass, for names written as people type them: lower case ("ask nataniel melo"),
 * ALL CAPS ("MEETING WITH ISAIAS FEEST"), with diacritics, hyphens and apostrophes. A word that is not an
 * ordinary word (see name-word-kinds.ts) is a candidate; it becomes a PERSON when
 * - two or more candidates stand together ("nataniel melo", "LINARES PRIETO");
 * - a cue comes before it ("ask", "cc", "thanks", "spoke w/", "who is", "from") or a title ("Mr", "Dr.",
 *   "Sister"), which also makes an ordinary-looking surname count ("Mr BARON");
 * - a verb follows a lone candidate ("gunnar will handle it", "isioma said");
 * - it is an item of a list of people ("reviewers: Rousseau, Adam, Huet").
 * Over-redaction costs answer quality, a miss costs trust: the eval measures both.
 */
/**
 * Words right before a name: requests, greetings, "spoke w/", form labels. Looked up as the last one or two
 * words before a token (a set lookup, not a regex scan per token: this runs for every word of every message).
 */
const CUE_PHRASES = new Set(
  `ask|asked|asking|ping|pinged|cc|bcc|thx|thanks|thank you|ty|hey|hi|hello|hiya|dear|yo|w/|from|by|tell|told|dm|dm'd|email|emailed|call|called|reach|reached|contact|contacted|loop in|looped in|meet|met|spoke w/|spoke with|speak with|talk to|talked to|talked with|chat with|chatted with|met with|meeting with|sync with|synced with|call with|lunch with|coffee with|paired with|1:1 with|buddy for|buddy is|name|customer|client|assignee|employee|candidate|tenant|guest|who is|who's|whos|fwd from|ask for|shadow|shadowing|pair with|sit with|sitting with|congrats|congratulations|welcome|happy birthday|well done|great job|nice work|kudos|shoutout|shout out|calling|phoning|texting|emailing|messaging|pinging`.split('|'),
);
const TITLES = new Set('mr|mrs|ms|miss|mx|dr|prof|sir|dame|sister|brother|father|herr|frau|mme|mlle|sr|sra|srta|sig|shri|smt|sri'.split('|'));
/**
 * Ranks and offices said before a surname, capitalised as a title is ("Officer Bishop", "Detective Inspector Hale",
 * "Rabbi Goldfarb"); in lower case they are a post ("our data protection officer Training module"), and an everyday word
 * no names list holds after one is a programme ("Officer Training"). Not "General", "Major" or "Captain": "General
 * Motors", "Major League", "Captain Morgan".
 */
const RANKS = new Set('officer|sergeant|sgt|detective|constable|inspector|lieutenant|corporal|judge|reverend|rev|pastor|rabbi|imam'.split('|'));
/** The rank as written right before the word: capitalised. */
const CAPITALISED_RANK_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+\.?[ \t]+$/u;
/** A name word after a rank written as a title: "Officer Bishop", not "officer Training", "Officer Induction". */
function isRankedName(text: string, token: Token): boolean {
  return token.titleCase && (token.kind !== 'ordinary' || token.facts.humanName) && CAPITALISED_RANK_BEFORE.test(text.slice(Math.max(0, token.start - 14), token.start));
}

/** Not "its", which chat writes for "it's" (see name-cues.ts). */
const THINGS_BEFORE = new Set('the|a|an|our|your|my|this|that|these|those|their'.split('|'));
const VERB_AFTER =
  /^['’]?s?\s+(?:will|would|said|says|wants|wanted|approved|asked|is|was|has|had|needs|thinks|can|could|should|joined|left|owns|handles|mentioned|wrote|replied|agreed|says|knows|called|emailed|pinged|took|takes|did|does)\b/iu;
/** Asked of the word before it: "…did u mean", "…can you check", "…r u still on", "…ur PR broke". */
const ASKED = String.raw`(?:did|can|could|would|do|are|have)\s+(?:you|u|ya)|r\s+u|ur`;
/** A question put to a name no list holds: also "…will you", "…should you", "…your PR has been sitting". */
const QUESTION_TO_IT = new RegExp(String.raw`^,?\s+(?:${ASKED}|(?:will|should)\s+(?:you|u|ya)|your)\b`, 'iu');
/** A question or a request put to a listed name that is also a word ("…can u send", "…pls dont"): "will you" is a word's too. */
const PUT_TO_IT = new RegExp(String.raw`^,?\s+(?:${ASKED}|pls|plz|please)\b`, 'iu');
const WEAK_VERB_AFTER = /^['’]?s?\s+(?:is|was|has|had|needs|does|did)\b/iu;
/** The labels of lists of people, and how a photo's caption names who is in it ("left to right Joy, Jun, Lovely", "pictured: …"). */
const LIST_CUE =
  /(?:(?:attendees|reviewers?|approvers?|participants|owners?|assignees?|cc|invitees|speakers|panel(?:ists)?|guests|members|people|interviewers|signatories|team)\s*:|(?<![\p{L}\p{N}-])(?:(?:from\s+)?left\s+to\s+right|l\s?(?:-|to)\s?r|pictured)(?![\p{L}\p{N}-])\s*:?)[ \t]*/giu;
const MAXIMUM_CUED_WORDS = 3;
const LIST_ITEM = /(?:(?!\s+and\s)[^,;&])+/giu;

/** Patterns used per match, kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const LIST_WORD = /^[\p{L}\p{M}'’.-]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/** `otherLanguage`: isMostlyAnotherLanguage(tokens), when the caller has already asked. */
export function detectRecallNames(text: string, tokens: readonly Token[] = tokenize(text), otherLanguage = isMostlyAnotherLanguage(tokens)): Candidate[] {
  // In another language only cues, titles and lists say "person"; runs of unlisted words say nothing.
  if (otherLanguage) return [...fromCues(text, tokens, false), ...fromLists(text)];
  return [...fromRuns(text, tokens), ...fromCues(text, tokens, true), ...fromLists(text), ...fromSurnameFirst(text, tokens)];
}

/**
 * Passports, airline bookings and HR forms write the surname first, in capitals, then a comma and the
 * given names: "FALEOLO, Tavita Iosefa", "RAGHUNATHAN, Ishaan". A shouted word no dictionary lists,
 * then ", " and a capitalised name word ("ERROR, Something failed" has an English word first).
 */
function fromSurnameFirst(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const surname = tokens[index]!;
    if (surname.style !== 'upper' || surname.text.length < 3 || text[surname.end] !== ',') continue;
    // A shouted word no dictionary lists, or any shouted word after shouted particles ("VAN DER BERG").
    const start = shoutedParticlesStart(text, tokens, index);
    if (!surname.shoutedRareWord && start === surname.start) continue;
    const given = tokens[index + 1]!;
    if (given.start !== surname.end + 2 || text[surname.end + 1] !== ' ' || !given.titleCase || given.kind === 'ordinary') continue;
    found.push(personBetween(text, start, extend(text, tokens, index + 1)));
  }
  return found;
}

/** The surname's shouted particles before it, when they open the line or follow a space: "VAN DER BERG, Pieter", "DE LA CRUZ, Ana". */
const SHOUTED_PARTICLES: ReadonlySet<string> = new Set(['VAN', 'VON', 'DER', 'DEN', 'DE', 'DI', 'DA', 'DU', 'LA', 'LE', 'DEL', 'DOS', 'DAS', 'AL', 'EL', 'BIN', 'BINTI', 'MAC', 'MC', "O'", 'TER', 'TEN', 'AP']);

function shoutedParticlesStart(text: string, tokens: readonly Token[], index: number): number {
  let first = index;
  while (first > 0 && SHOUTED_PARTICLES.has(tokens[first - 1]!.text) && adjacent(text, tokens[first - 1]!, tokens[first]!)) first -= 1;
  return tokens[first]!.start;
}

function adjacent(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && (text[left.end] === ' ' || text[left.end] === '\u00a0');
}

/** A bank's code follows these in payment details ("BIC COBADEFFXXX", "SWIFT DEUTDEFF"): a bank, not a person. */
const BANK_CODE_LABELS: ReadonlySet<string> = new Set(['BIC', 'SWIFT', 'BLZ', 'ABA', 'IFSC']);

/** Two or more candidate words together, particles allowed between them ("jesse van loon"). */
function fromRuns(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    if ((tokens[index]!.kind !== 'name' && !isShoutedGivenName(text, tokens, index)) || BANK_CODE_LABELS.has(tokens[index]!.text)) {
      index += 1;
      continue;
    }
    let last = index;
    let names = 1;
    let cursor = index + 1;
    let style = tokens[index]!.style;
    while (cursor < tokens.length && adjacent(text, tokens[cursor - 1]!, tokens[cursor]!)) {
      const token = tokens[cursor]!;
      // A surname in capitals before given names in title case, as passports and East Asian order write it: "SUZUKI Haruka", "NGUYEN Thi Thu Hang".
      if (cursor === index + 1 && isSurnameInCapitalsBefore(tokens[index]!, token)) style = token.style;
      // One name is written in one style: "Olivia Brown banks" stops before "banks".
      if (token.style !== style && !token.particle) break;
      // In capitals, a word the English list lacks ("NGUYEN THANH HAI") continues the name as `extend` does.
      if (token.kind === 'name' || token.kind === 'maybe' || token.shoutedRareWord || (style !== tokens[index]!.style && token.facts.humanName)) {
        last = cursor;
        names += 1;
      } else if (!token.particle) break;
      cursor += 1;
    }
    if (names >= 2 && !isThingOrPlace(text, tokens, index, last)) found.push(personBetween(text, tokens[index]!.start, tokens[last]!.end));
    index = Math.max(last, index) + 1;
  }
  return found;
}

const SHORTEST_SURNAME_IN_CAPITALS = 3;

function isSurnameInCapitalsBefore(surname: Token, given: Token): boolean {
  return surname.style === 'upper' && surname.kind === 'name' && surname.text.length >= SHORTEST_SURNAME_IN_CAPITALS && given.titleCase && (given.kind !== 'ordinary' || given.facts.humanName);
}

/** Where a place stands, not a person: "in the são paulo office", "near rio grande". Not "from"/"to": mail comes from people. */
const WHERE_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|around|outside|inside|the|our|their)\s+$/iu;

/**
 * A Title-case pair introduced as a thing ("the Zalando Nubank board", "via Acme Corp") or known as a place
 * ("Kuala Lumpur"); in any case, a run that is wholly the name of a town ("the são paulo office", "NEW DELHI")
 * unless its first and last words are both in the names list and no place word stands before it.
 */
function isThingOrPlace(text: string, tokens: readonly Token[], index: number, last: number): boolean {
  const first = tokens[index]!;
  // Many towns are named after people ("Marcos Paz", "Benito Juárez"): a run of two names is a town only where a place stands.
  if (isSettlementName(text.slice(first.start, tokens[last]!.end))) {
    const names = isHumanName(first.text) && isHumanName(tokens[last]!.text);
    if (!names || WHERE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) return true;
  }
  if (!first.titleCase) return false;
  if (hasThingCueBefore(text, capitalisedRunStart(text, tokens, index)) || hasThingCueAfter(text, tokens[last]!.end)) return true;
  return isKnownNonNamePhrase(text.slice(first.start, tokens[last]!.end));
}

/** "CHASE BENNETT IS…": in capitals, a given name that is also a word opens a run when a name nobody lists follows it. */
function isShoutedGivenName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return token.kind === 'maybe' && token.style === 'upper' && next !== undefined && next.kind === 'name' && next.style === 'upper' && adjacent(text, token, next);
}

/** "for a Coche Genérico de Plástico": the thing cue stands before the whole capitalised run, ordinary words included. */
function capitalisedRunStart(text: string, tokens: readonly Token[], index: number): number {
  let first = index;
  while (first > 0 && adjacent(text, tokens[first - 1]!, tokens[first]!) && (tokens[first - 1]!.titleCase || PARTICLES.has(tokens[first - 1]!.text))) first -= 1;
  return tokens[first]!.start;
}

/**
 * "thanks for turning the docs around so fast, Nomfundo": an unlisted name after a comma at the very end of
 * a message that speaks to someone (thanks, you, please…) is the person spoken to. Only at the end: a
 * comma before a word mid-message is a list ("Docker, Kubernetes and Helm").
 */
const COMMA_BEFORE = /,[ \t]*$/u;
const NOTHING_MORE = /^[\s!.?…)]*(?:\p{Extended_Pictographic}[\s\u200d\ufe0f]*)*$/u;
const SPOKEN_TO = /\b(?:you|your|u|ur|thanks|thank|thx|ty|sorry|please|pls|congrats|welcome|cheers)\b/iu;

function isClosingAddress(text: string, token: Token): boolean {
  return COMMA_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)) && NOTHING_MORE.test(text.slice(token.end)) && SPOKEN_TO.test(text.slice(0, token.start));
}

/** A cue, a title or a following verb turns one candidate word (and the name words after it) into a PERSON. */
function fromCues(text: string, tokens: readonly Token[], loneWords: boolean): Candidate[] {
  const found: Candidate[] = [];
  // Whether the message is written in capitals throughout: read over every token, so settled once and only if asked.
  let shoutedText: boolean | undefined;
  const shouted = (): boolean => (shoutedText ??= isShouted(tokens));
  tokens.forEach((token, index) => {
    // Most words are ordinary lower-case words: no rule below can start at one.
    // In an English message only: in another language its own words are frequent foreign words.
    const cueable = token.kind !== 'ordinary' || (loneWords && isForeignWord(token));
    if (!cueable && !token.titleCase && token.style !== 'upper') return;
    // A title is never the name itself, whatever cue stands before it ("Dear Mr. van der Berg").
    if (TITLES.has(withoutDot(token.lower))) return;
    if (isFormOfAddressAlone(token.text)) return;
    const last = lastWordBefore(text, token.start);
    const title = (TITLES.has(withoutDot(last)) && isTitleOnItsLine(text, token.start)) || (RANKS.has(withoutDot(last)) && isRankedName(text, token));
    // An ordinary capitalised word ("The", "Please") can only follow a title; the word before settles it.
    if (!cueable && !title) return;
    // The two words before matter only after a title or a word that ends a cue ("thank you", "who is"): most words have neither.
    const lastTwo = title || (cueable && mayEndCue(last)) ? wordsBefore(text, token.start)[1] : '';
    // "ask sister donnelly": a request, then a title, then any word is someone's surname.
    const requestedTitle = title && CUE_PHRASES.has(lastTwo.split(' ')[0] ?? '');
    // Acronyms ("IP is down", "VPN was slow") are not lone names, nor surnames after a lower-case "ms" (milliseconds) or "sr" (senior).
    // A longer capitalised word in a message not written in capitals is a code or a space's key ("space DEVEX").
    const acronym = token.style === 'upper' && (token.text.length <= 4 || (!token.facts.humanName && !shouted()));
    // "amar sir ne pucha": "sir" after a name, as Indian English writes it, then a grammar word of some language, is no title before a surname.
    const titled =
      title &&
      !(acronym && tokens[index - 1]?.style === 'lower' && !shouted()) &&
      !(withoutDot(last) === 'sir' && token.style === 'lower' && token.functionLanguages.length > 0 && !token.particle) &&
      (requestedTitle || token.kind !== 'ordinary' || token.titleCase || token.text === token.text.toUpperCase());
    const cued =
      cueable &&
      (token.kind !== 'ordinary' || !PLACE_CUES.has(last)) &&
      // "departing from BER", "flights from LHR to NBO": a code in capitals after "from" on a journey is an airport's.
      !(acronym && last === 'from' && isJourneyCode(text, token)) &&
      (CUE_PHRASES.has(last) || CUE_PHRASES.has(lastTwo) || isThankedFor(text, token, lastTwo) || isRoleAnswer(text, token.start, last) || (token.kind === 'name' && isClosingAddress(text, token))) &&
      !hasThingCueAfter(text, token.end) &&
      !isRepeatedWord(lastTwo, token);
    if (titled || cued) {
      found.push(personBetween(text, token.start, extend(text, tokens, index)));
      return;
    }
    // "Mbali is out sick": a word English lacks, frequent only in another language's text (no tool's name), capitalised before
    // what someone here is or does at work (not what a service knows or has: "Redis knows nothing"), not a request.
    if (loneWords && token.kind === 'ordinary' && token.titleCase && !token.facts.tool && !THINGS_BEFORE.has(last) && isForeignWord(token) && isFollowedByWorkPredicate(text, token.end) && !REQUEST_AFTER.test(text.slice(token.end, token.end + 16))) {
      found.push(personBetween(text, token.start, token.end));
      return;
    }
    // "sandy can u send…", "chase pls dont chase the client": a listed name that is also a word, opening the line, then a
    // question or a request put to it — a word is never asked anything.
    // "…approved, mason can u pick them up", "hope from finance says…": where a clause opens too, and before where someone works, then speech.
    const opensClause = (): boolean => isLineStart(text, token.start) || isClauseOpenedBefore(text, token.start);
    if (loneWords && token.kind === 'maybe' && token.style === 'lower' && (PUT_TO_IT.test(text.slice(token.end, token.end + 16)) || FROM_THEN_SPEECH.test(text.slice(token.end, token.end + 60))) && opensClause()) {
      found.push(personBetween(text, token.start, token.end));
      return;
    }
    // Only a name nobody lists, or a listed one shouted, can stand alone before a verb.
    const mayBeLone = token.kind === 'name' || (token.kind === 'maybe' && token.style === 'upper');
    if (!loneWords || !mayBeLone || token.text.length < 3 || acronym || THINGS_BEFORE.has(last)) return;
    const after = text.slice(token.end, token.end + 24);
    // "FISHER SAYS…": in a message written in capitals, a listed name that is also a word, before a verb of doing (not "is": "BILL IS DUE").
    const shoutedWordName = token.kind === 'maybe' && !WEAK_VERB_AFTER.test(after) && shouted() && token.facts.humanName;
    // "Deloitte is doing…", "CAC payback is 14 months": products and jargon have and are things too; after
    // such a verb only a word the names list knows is someone ("gunnar will handle it").
    if ((token.kind === 'name' || shoutedWordName) && VERB_AFTER.test(after) && (!WEAK_VERB_AFTER.test(after) || token.facts.humanName)) found.push(personBetween(text, token.start, token.end));
    // "Deepika is out sick", "Efosa mentored two hires": what only people do settles a name no list has; in lower case too
    // when it opens the line ("dilnoza is out sick today", "zsofi is covering for me"), as chat types a colleague's name; and
    // out for the day or the week ("dilnoza is out today"), which of such a word says nothing else.
    else if (token.kind === 'name' && (token.titleCase || isLineStart(text, token.start)) && (isFollowedByPersonPredicate(text, token.end) || isOutForATime(text, token.end))) found.push(personBetween(text, token.start, token.end));
    // "mahlet did u mean to push 1.42?", "olu ur new number is…": a question or a request put to the word that opens the line.
    else if (token.kind === 'name' && isLineStart(text, token.start) && QUESTION_TO_IT.test(after)) found.push(personBetween(text, token.start, token.end));
    // "Yevheniia from the Odesa reseller says…", "Tuwile from procurement called": where someone works, then what they said.
    else if (token.kind === 'name' && token.titleCase && !token.facts.tool && FROM_THEN_SPEECH.test(text.slice(token.end, token.end + 60))) found.push(personBetween(text, token.start, token.end));
  });
  return found;
}

/**
 * "big thanks to hunter for covering the phones", "shoutout to dawn and the night crew": who is thanked, where the
 * phrase ends after the word — "thanks to summer traffic", "kudos to chase bank's fraud team" thank a thing. Not
 * "congrats to": firms are congratulated on their funding.
 */
const THANKED_TO: ReadonlySet<string> = new Set(['thanks to', 'shoutout to', 'kudos to', 'props to']);
const THANKED_END = /^(?:\s*(?:[,.;:!)—–]|$)|\s+(?:for|and|&|\+|who|today|again)\b|\s+\p{Extended_Pictographic})/u;

function isThankedFor(text: string, token: Token, lastTwo: string): boolean {
  return THANKED_TO.has(lastTwo) && THANKED_END.test(text.slice(token.end, token.end + 12));
}

/** A request after the word: another language's interjection takes one as well as a name does ("Genau pls merge it", "Allora pls merge"). */
const REQUEST_AFTER = /^[ \t,]+(?:pls|plz|please|can you|could you)\b/iu;

/** Cues that also introduce places and things ("latency from Pune", "hosted by Hetzner"): not enough for a frequent foreign word. */
const PLACE_CUES: ReadonlySet<string> = new Set(['from', 'by']);

/**
 * A word English lacks that is ordinary only because it is frequent on the web in another language:
 * "mbali" (Swahili "far", a Zulu given name), "ravi", "linh", "thanh". After a cue ("1:1 with mbali",
 * "ask linh") it is someone, as an unknown word is. Not another language's function words ("para", "avec").
 */
function isForeignWord(token: Token): boolean {
  return token.foreign && token.text.length >= 4 && token.functionLanguages.length === 0;
}

/** The second words of the two-word cue phrases ("thank you", "loop in", "who is"). */
const CUE_SECOND_WORDS: ReadonlySet<string> = new Set([...CUE_PHRASES].filter((phrase) => phrase.includes(' ')).map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/** Whether `last` can end a cue of one or two words, or open a role's answer ("… is", "… be", "… was"). */
function mayEndCue(last: string): boolean {
  return CUE_PHRASES.has(last) || CUE_SECOND_WORDS.has(last) || last === 'is' || last === 'be' || last === 'was';
}

/** A message written in capitals throughout, where a short capitalised word may be a surname ("MR LI"). */
function isShouted(tokens: readonly Token[]): boolean {
  return tokens.every((token) => token.style === 'upper' || token.particle);
}

const ROLE_BEFORE =
  /\b(?:buddy|owner|lead|manager|mentor|contact|assignee|reviewer|approver|on-?call|poc|dri|sponsor|host|organi[sz]er|driver|backup|cover|deputy)\b[^.!?\n]{0,40}$/iu;

/** "onboarding buddy for Ana Costa is celia", "the dri this week will be tomasz": a role, then who fills it. */
function isRoleAnswer(text: string, start: number, last: string): boolean {
  if (last !== 'is' && last !== 'be' && last !== 'was') return false;
  return ROLE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** "page by page", "one by one": the same word on both sides of the cue is an idiom, not a person. */
function isRepeatedWord(lastTwo: string, token: Token): boolean {
  return lastTwo.split(' ')[0] === token.text.toLowerCase();
}

/**
 * The last word and the last two words before `start` (looking back at most 30 characters), lower case,
 * without a trailing `:` or `,`. Read backwards in place: this runs for most words of every message.
 */
function wordsBefore(text: string, start: number): [string, string] {
  const windowStart = Math.max(0, start - 30);
  if (start > windowStart && !isWhitespaceCode(text.charCodeAt(start - 1))) return ['', ''];
  const lastEnd = skipBack(text, start, windowStart, true);
  const lastStart = skipBack(text, lastEnd, windowStart, false);
  const last = cleanWord(text.slice(lastStart, lastEnd));
  if (lastStart === windowStart) return [last, ` ${last}`];
  const previousEnd = skipBack(text, lastStart, windowStart, true);
  const previous = cleanWord(text.slice(skipBack(text, previousEnd, windowStart, false), previousEnd));
  return [last, `${previous} ${last}`];
}

/** The first of `wordsBefore`'s answers alone. */
function lastWordBefore(text: string, start: number): string {
  const windowStart = Math.max(0, start - 30);
  if (start > windowStart && !isWhitespaceCode(text.charCodeAt(start - 1))) return '';
  const lastEnd = skipBack(text, start, windowStart, true);
  return cleanWord(text.slice(skipBack(text, lastEnd, windowStart, false), lastEnd));
}

/**
 * A title stands on its name's line, and "ms" after a figure is milliseconds: "Planning Time: 0.181 ms⏎Execution
 * Time: 2841.522 ms" (a query plan) has no Ms. Time. Asked only when the word before is a title.
 */
function isTitleOnItsLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 30), start);
  return before.trim() !== '' && !FIGURE_THEN_MS.test(before);
}
const FIGURE_THEN_MS = /\d\s*ms\.?\s+$/iu;

function withoutDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Moves back from `from` over spaces (or over non-spaces), not past `limit`. */
function skipBack(text: string, from: number, limit: number, spaces: boolean): number {
  let cursor = from;
  while (cursor > limit && isWhitespaceCode(text.charCodeAt(cursor - 1)) === spaces) cursor -= 1;
  return cursor;
}

/** Lower case, without trailing ":" / "," and leading brackets or quotes (by index: this runs for most capitalised words). */
function cleanWord(word: string): string {
  const lower = word.toLowerCase();
  let end = lower.length;
  while (end > 0 && (lower.charCodeAt(end - 1) === 58 || lower.charCodeAt(end - 1) === 44)) end -= 1;
  let start = 0;
  while (start < end && OPENERS.includes(lower[start]!)) start += 1;
  return start === 0 && end === lower.length ? lower : lower.slice(start, end);
}

const OPENERS = '("\'“';

/** After the first word: further name words, or Title-case words in a message that is not all Title case. */
function extend(text: string, tokens: readonly Token[], first: number): number {
  let end = tokens[first]!.end;
  for (let cursor = first + 1; cursor < tokens.length && cursor < first + MAXIMUM_CUED_WORDS; cursor += 1) {
    const token = tokens[cursor]!;
    if (!adjacent(text, tokens[cursor - 1]!, token)) break;
    // In an ALL CAPS message a surname that is frequent on the web ("FEEST") still continues the name.
    if (token.kind === 'ordinary' && !token.titleCase && !token.shoutedRareWord && !token.particle) break;
    if (token.particle) continue;
    end = token.end;
  }
  return end;
}

/**
 * "Finance", "Legal Ops", "Platform Team", "Data Eng": a people label ("owners:", "approvers:") lists teams too.
 * A department's name, or departments and a word for a team.
 */
const TEAM_NOUNS: ReadonlySet<string> = new Set('team teams ops eng engineering squad guild group crew desk board committee council pod chapter department dept office'.split(' '));

function isTeamName(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  const last = lower[lower.length - 1]!;
  // The words before a team noun must be departments: "Tan Boon Eng" and "Siew Eng" are people ("Eng" is a surname too).
  if (lower.length === 1) return isDepartmentWord(last);
  return TEAM_NOUNS.has(last) && lower.slice(0, -1).every(isDepartmentWord);
}

/** "reviewers: Rousseau, Adam, Huet", "attendees: priya raman and ngozi": every item on the line is a person. */
function fromLists(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const cue of matchesOf(LIST_CUE, text)) {
    const from = cue.index + cue[0].length;
    const lineEnd = text.indexOf('\n', from);
    const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    // Items end at a comma, semicolon, "&" or " and ": "cc: Jože Kizivat and Srećko Macko" holds two people.
    const listed: Candidate[] = [];
    const wordNames: Candidate[] = [];
    for (const item of matchesOf(LIST_ITEM, line)) {
      const value = item[0].replace(/^\s*(?:and\s+)?/i, '');
      const trimmed = value.trimEnd().replace(/[.!?]+$/, '');
      const words = trimmed.split(/\s+/);
      if (words.length === 0 || words.length > 3 || !words.every((word) => LIST_WORD.test(word)) || isTeamName(words)) continue;
      const start = from + item.index + (item[0].length - value.length);
      if (words.some((word) => CAPITALISED.test(word) || wordKind(word) !== 'ordinary')) listed.push(personBetween(text, start, start + trimmed.length));
      else if (words.length === 1 && !isDepartmentWord(trimmed.toLowerCase()) && isHumanName(trimmed)) wordNames.push(personBetween(text, start, start + trimmed.length));
    }
    // "cc: tom, priya and wen": beside other people, a name that is also a word ("wen", "will") is one of them.
    found.push(...listed, ...(listed.length > 0 ? wordNames : []));
  }
  return found;
}

/** Travel said before "from", or other codes after the one read: "departing from BER, AMS", "from LHR to NBO", "LOS-ABV". */
const JOURNEY_BEFORE = /(?:depart\w*|flights?|fly|flying|flew|leav\w*|arriv\w*|routes?|connect\w*|transfer\w*|ship\w*|travel\w*)\s+from\s+$/iu;
const CODES_AFTER = /^\s*(?:,|\/|-|–|→|->|\bto\b)\s*\p{Lu}{3}\b/u;

function isJourneyCode(text: string, token: Token): boolean {
  return JOURNEY_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start)) || CODES_AFTER.test(text.slice(token.end, token.end + 12));
}
