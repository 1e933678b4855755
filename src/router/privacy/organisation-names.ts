import { createBoundedCache } from './bounded-cache.ts';
import { isHumanName } from './human-names.ts';
import { hasPersonCueBefore, hasThingCueAfter, hasThingCueBefore, isFollowedLikeALonePerson } from './name-cues.ts';
import { isFollowedByPersonPredicate, isFollowedLikeAPerson } from './person-predicates.ts';
import { isKnownNonNamePhrase, isLexiconGivenName, isOrgOrPlaceWord } from './name-lexicon.ts';
import { isNamedTeamOrVenue } from './names-of-things.ts';
import { isPostAcronym } from './post-words.ts';
import { wordKind } from './name-word-kinds.ts';
import type { Candidate } from './types.ts';

/**
 * Firms are named after people ("Schneider & Partner GmbH", "Van Leeuwen BV", "Hewlett Packard
 * Enterprise", "Ernst & Young"), and a name-shaped run inside such a firm name is not a person. What
 * marks the firm is the words after the run: a legal form, a word that ends organisation names in
 * compromise's model ("Partners", "Holdings", "Bank"), or "&" / "et" / "und" joining it to an ordinary
 * word or to a business noun; or a determiner before the run and a capitalised ordinary word after it
 * ("the Johnson Controls badge"). The member directory is not filtered: a colleague's name stays a name.
 */
const LEGAL_FORMS = new Set(
  'gmbh ag kg ohg ug bv nv sa sas sarl spa srl sp ltd llc llp lp inc corp plc oy ab asa aps as pty pte kk se sl slu bhd tbk'.split(' '),
);
/**
 * The legal forms people type in lower case too ("Hargreaves plc", "Okonkwo llc"); the others are short words in lower
 * case ("as", "sa", "se", "ab", "spa") and mark a firm only in capitals.
 */
const LOWER_CASE_LEGAL_FORMS = new Set('gmbh ltd llc llp inc corp plc pty pte bhd tbk sarl srl asa aps'.split(' '));
/** "ltd", "GmbH", "Inc.": a company's legal form, in any case, a trailing dot allowed. */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word.toLowerCase().replace(/\.$/u, ''));
}

/** Business words that compromise's organisation list lacks but that end firm names just as often. */
const FIRM_WORDS = new Set('software solutions technologies logistics logistique distribution frères fils bau gruppe groupe'.split(' '));
/** Not "and": it joins people as often, before anything a firm has (tried in the twenty-fourth round, it lost held names). */
const CONNECTORS = new Set(['&', '+', '-', 'et', 'und', 'e', 'y']);
/** After "X et Y": what is bought, signed or billed is the firm's ("the Leroux et Martin contract"). */
const BUSINESS_NOUN = /^\s+(?:contract|invoice|deal|account|renewal|order|quote|proposal|tender|bid|po|sow|msa|nda|rfp|bill|payment)s?\b/iu;
const NEXT_WORD = /^ ([&+-]|[\p{L}\p{M}][\p{L}\p{M}'’.-]*)/u;
const MAXIMUM_WORDS_AFTER = 4;
/** Titles and forms of address, English and others ("Frau", "Pak", "Sra."): what follows is a person. */
const TITLED = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|Prof|Herr|Frau|Pak|Bu|Ibu|Bapak|Mas|Mbak|Pan|Pani|Sr|Sra|Srta|Mme|Mlle|Monsieur|Madame)\.? $/u;
/**
 * Patterns used inside the per-name checks live here, not inline: bundlers rewrite an inline literal
 * with a \p{…} escape into `new RegExp(…)`, compiled again on every call.
 */
const CAPITALISED = /^\p{Lu}/u;
const FOLLOWING_TITLE_WORD = /^ (\p{Lu}\p{Ll}+)\b/u;
const PREVIOUS_TITLE_WORD = /(\p{Lu}\p{Ll}+) $/u;
const JOINED_WORD_AFTER = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u;
const FIRM_CONNECTOR_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]* (?:&|\+|-|et|und|e|y) $/u;

export function withoutOrganisationNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  // The name passes often find the same span; the verdict depends on the span alone, so judge it once.
  const verdicts = new Map<number, boolean>();
  return candidates.filter((candidate) => {
    if (candidate.type !== 'PERSON') return true;
    const key = candidate.start * (text.length + 1) + candidate.end;
    let keep = verdicts.get(key);
    if (keep === undefined) {
      // "Dr. Heather Marsh": a title says person, whatever place or firm word the surname is; so does a cue before a
      // given name ("cc Tom Parks", "thanks Lena Church"): a firm is not cc'd by its founder's first name.
      keep = TITLED.test(text.slice(Math.max(0, candidate.start - 10), candidate.start)) || isCuedGivenName(text, candidate) || !isFirmShaped(text, candidate) && (!mayBeInsideOrganisation(text, candidate) || !isInsideOrganisationName(text, candidate));
      verdicts.set(key, keep);
    }
    return keep;
  });
}

const JOIN_AFTER = new RegExp(String.raw`^ (?:[\p{Lu}&+-]|(?:et|und|e|y|de|da|do|del|di|la|le|van|von) |(?:${[...LOWER_CASE_LEGAL_FORMS].join('|')})\b)`, 'u');
const JOIN_BEFORE = /(?:^|\s)(?:\p{Lu}\S*|[&+-]|et|und|e|y|de|da|do|del|di|la|le|van|von) $/u;

/**
 * Every rule below needs the span to have more than one word, or a capitalised word, a connector or a
 * particle right next to it; most names in chat have none, and skip the rest (this runs per name found).
 */
function mayBeInsideOrganisation(text: string, candidate: Candidate): boolean {
  if (candidate.value.includes(' ')) return true;
  return JOIN_AFTER.test(text.slice(candidate.end, candidate.end + 6)) || JOIN_BEFORE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start));
}

function isInsideOrganisationName(text: string, candidate: Candidate): boolean {
  const inner = candidate.value.split(/\s+/);
  if (inner.slice(1).some(isOrganisationEnding) && !isSurnameThatNamesAFirm(text, candidate, inner)) return true;
  if (isSecondPartOfFirm(text, candidate) || isInsideNamedThing(text, candidate)) return true;
  let cursor = candidate.end;
  // "the Johnson Controls badge": a determiner, then the run going on with a capitalised ordinary word.
  const following = FOLLOWING_TITLE_WORD.exec(text.slice(cursor, cursor + 40))?.[1];
  if (following !== undefined && wordKind(following) === 'ordinary' && hasThingCueBefore(text, candidate.start)) return true;
  for (let count = 0; count < MAXIMUM_WORDS_AFTER; count += 1) {
    const match = NEXT_WORD.exec(text.slice(cursor, cursor + 40));
    if (match === null) return false;
    const word = match[1]!;
    cursor += match[0].length;
    if (CONNECTORS.has(word.toLowerCase())) return isJoinedFirm(text, cursor, word);
    if (isOrganisationEnding(word)) return true;
    if (!CAPITALISED.test(word)) return false;
  }
  return false;
}

/**
 * "Penny Marsh sent…", "Lena Church will be the interim manager", "Daniel Woods is the interviewer": a surname that also
 * ends firm and place names (Marsh, Church, Woods, Banks), after a given name. With what people do after it, whatever the
 * given name; after a common given name, anywhere but after "at" or "in", where it is a venue ("the offsite is at Victoria
 * Hall", "we met at Grace Church"). "Acme Bank sent" keeps its firm: "Acme" is nobody's given name.
 */
function isSurnameThatNamesAFirm(text: string, candidate: Candidate, inner: readonly string[]): boolean {
  if (inner.length !== 2 || !inner.every((word) => isHumanName(word))) return false;
  if (isFollowedLikeAPerson(text, candidate.end)) return true;
  return isLexiconGivenName(inner[0]!) && !VENUE_BEFORE.test(text.slice(Math.max(0, candidate.start - 12), candidate.start));
}

/** "at Victoria Hall", "in Grace Church": a place before which people meet. */
const VENUE_BEFORE = /(?:^|[^\p{L}])(?:at|in|inside|near|outside)\s+(?:the\s+)?$/iu;

/** "Sp.", "GmbH", "AG", or a capitalised organisation word ("Partners", "Enterprise", "Distribution"). */
function isOrganisationEnding(word: string): boolean {
  let verdict = endings.get(word);
  if (verdict === undefined) {
    verdict = classifyEnding(word);
    endings.set(word, verdict);
  }
  return verdict;
}

const endings = createBoundedCache<boolean>(16_384);

function classifyEnding(word: string): boolean {
  const bare = word.replace(/[.,]+$/, '');
  const lower = bare.toLowerCase();
  if (LEGAL_FORMS.has(lower)) return CAPITALISED.test(bare) || LOWER_CASE_LEGAL_FORMS.has(lower);
  const titleCase = /^\p{Lu}\p{Ll}/u.test(bare);
  return titleCase && (FIRM_WORDS.has(lower) || (isOrgOrPlaceWord(lower) && !isPlaceOnly(lower)));
}

/** Compromise's list mixes place words ("Heights", "Bay", "Parks") with organisation words; only the latter mark a firm. */
function isPlaceOnly(lower: string): boolean {
  return /^(?:bay|heights|hill|valley|park|beach|island|lake|river|mount|street|road|avenue)s?$/.test(lower);
}

function isCuedGivenName(text: string, candidate: Candidate): boolean {
  const first = /^\p{L}+/u.exec(candidate.value)?.[0];
  return first !== undefined && candidate.value.includes(' ') && isLexiconGivenName(first) && hasPersonCueBefore(text, candidate.start);
}

/** After a connector: "& Young", "& Partner GmbH", "et Martin contract". A second person's name alone is not a firm. */
function isJoinedFirm(text: string, cursor: number, connector: string): boolean {
  const match = JOINED_WORD_AFTER.exec(text.slice(cursor, cursor + 40));
  if (match === null) return false;
  const word = match[1]!;
  const after = cursor + match[0].length;
  // "Hart & Hale are presenting": two people doing what only people do, not a firm.
  if (isFollowedByPersonPredicate(text, after)) return false;
  // Only "&" and "+" join a plain word into a firm name: "Priya - Thanks", "Ana y Sol" are not firms.
  if (isOrganisationEnding(word) || ((connector === '&' || connector === '+') && wordKind(word) === 'ordinary')) return true;
  const next = /^ (\S+)/.exec(text.slice(after, after + 20))?.[1];
  return (next !== undefined && isOrganisationEnding(next)) || isFirmContextAfter(text, after);
}

/** "Leroux et Martin contract" seen from "Martin": a connector before, a business noun or firm word after. */
function isSecondPartOfFirm(text: string, candidate: Candidate): boolean {
  if (!endsWithConnector(text, candidate.start)) return false;
  if (!FIRM_CONNECTOR_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start))) return false;
  const next = /^ (\S+)/.exec(text.slice(candidate.end, candidate.end + 20))?.[1];
  return isFirmContextAfter(text, candidate.end) || (next !== undefined && isOrganisationEnding(next));
}

const CONNECTOR_GAPS = [' & ', ' + ', ' - ', ' et ', ' und ', ' e ', ' y '];

/**
 * The connector, with a space on each side, right before `start`: what the pattern above needs at its
 * end. Most names follow an ordinary word, and this settles them without running the pattern over 40 characters.
 */
function endsWithConnector(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 32 && CONNECTOR_GAPS.some((gap) => text.startsWith(gap, start - gap.length));
}

/** "… contract", "… invoice", "… integration", "… team": what a firm has and a pair of people does not. */
function isFirmContextAfter(text: string, end: number): boolean {
  return BUSINESS_NOUN.test(text.slice(end, end + 20)) || hasThingCueAfter(text, end);
}

/** The lower-case particles a capitalised run takes inside it ("Banco do Brasil", "Universidad de la República"). */
const RUN_PARTICLES = 'de|da|do|del|di|la|le|van|von';
const RUN_WORD_BEFORE = new RegExp(String.raw`(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]*|${RUN_PARTICLES}) $`, 'u');
const RUN_WORD_AFTER = new RegExp(String.raw`^ (\p{Lu}[\p{L}\p{M}'’-]*|${RUN_PARTICLES})(?=[\s.,;:!?]|$)`, 'u');

/**
 * "for a Coche Genérico de Plástico", "Sapatos Lustroso de Concreto licences": the span is part of a
 * longer capitalised run, and the thing cue stands before or after the whole run, out of the
 * detectors' sight.
 */
function isInsideNamedThing(text: string, candidate: Candidate): boolean {
  let start = candidate.start;
  let end = candidate.end;
  // A run goes on over a particle only to a capitalised word after it ("Banco do Brasil"): "a Glória do financeiro" ends at the name.
  for (let match = RUN_WORD_AFTER.exec(text.slice(end, end + 30)), reached = end; match !== null; ) {
    reached += match[1]!.length + 1;
    if (!PARTICLE_WORD.test(match[1]!)) end = reached;
    match = RUN_WORD_AFTER.exec(text.slice(reached, reached + 30));
  }
  const thingAfter = hasThingCueAfter(text, end);
  // "our CFO Ingrid Dahl": a post before a name is no part of a thing's name — unless the run goes on or a thing
  // follows it ("the MD Anderson RFP", "the MD Anderson account team").
  const personAfterPost = !thingAfter && end === candidate.end;
  // …and back over a particle only from a capitalised word before it: Spanish "a la cata", Portuguese "da Thaís" open with no run.
  for (let match = RUN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start)), reached = start; match !== null; ) {
    if (personAfterPost && isPostAcronym(match[1]!)) break;
    reached -= match[1]!.length + 1;
    if (!PARTICLE_WORD.test(match[1]!)) start = reached;
    match = RUN_WORD_BEFORE.exec(text.slice(Math.max(0, reached - 30), reached));
  }
  if (start === candidate.start && end === candidate.end) return false;
  return hasThingCueBefore(text, start) || thingAfter;
}

const PARTICLE_WORD = new RegExp(`^(?:${RUN_PARTICLES})$`, 'u');

/** "McDonald's wants…", "Wendy's API": a possessive that is the firm itself, or a firm's product. */
const BRAND_POSSESSIVE = /^['’]s\s+(?:wants|needs|says|announced|launched|released|acquired|reported|api|sdk|apps?|menu|franchise|stores?|restaurants?|stock|shares|brand|locations?)\b/iu;
const AMPERSAND_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*) & $/u;
const AMPERSAND_AFTER = /^ & (\p{Lu}[\p{L}\p{M}-]*)(['’]s)?/u;

/**
 * Firm shapes that need no legal form: a team or project name ("Team Kraken"), a brand known to the
 * lexicon ("McDonald's", "Little Caesars"), a possessive used as the firm ("McDonald's wants", "Wendy's
 * API"), and "&" joining a surname to itself, to an everyday word or to a possessive ("Johnson &
 * Johnson", "Ernst & Young", "Ben & Jerry's"). "Ifunanya & Chidera" stays two people.
 */
function isFirmShaped(text: string, candidate: Candidate): boolean {
  const before = text.slice(Math.max(0, candidate.start - 20), candidate.start);
  if (isNamedTeamOrVenue(text, candidate)) return true;
  const after = text.slice(candidate.end, candidate.end + 24);
  const possessive = after.startsWith("'s") || after.startsWith('’s');
  // "reed's laptop", "hunter's on PTO": what only a person has or is settles a possessive before the brand list is asked.
  const personal = possessive && (isFollowedLikeALonePerson(text, candidate.end, false) || isFollowedByPersonPredicate(text, candidate.end));
  if ((possessive && BRAND_POSSESSIVE.test(after)) || (!personal && isKnownBrand(text, candidate, possessive))) return true;
  if (FIRM_ASK_AFTER.test(text.slice(candidate.end, candidate.end + 80))) return true;
  if (candidate.value.includes(' ')) return false;
  // Most names stand next to no "&": two character checks spare the patterns.
  const joinedAfter = after.startsWith(' & ') ? AMPERSAND_AFTER.exec(after) : null;
  // "Hart & Hale are presenting": a pair doing what only people do is two people, whatever the words.
  if (joinedAfter !== null) return isFirmPair(candidate.value, joinedAfter[1]!, joinedAfter[2] !== undefined) && !isFollowedByPersonPredicate(text, candidate.end + joinedAfter[0].length);
  const joinedBefore = before.endsWith(' & ') ? AMPERSAND_BEFORE.exec(before) : null;
  return joinedBefore !== null && isFirmPair(joinedBefore[1]!, candidate.value, possessive) && !isFollowedByPersonPredicate(text, candidate.end);
}

/**
 * What only a customer firm asks for or goes through: compliance reports and certifications,
 * installs on its own premises, contracts and mergers ("Lockheed Martin needs FedRAMP", "Goldman Sachs
 * and Morgan Stanley both asked for SOC 2 reports", "Kroger and Albertsons merger"). A person asks for
 * a laptop or a review, and may want single sign-on; a firm asks for these.
 */
const FIRM_ASK_AFTER =
  /^(?:['’]s?)?(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?(?:\s+(?:and|&)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)?\s+(?:(?:both|also|still)\s+)?(?:(?:wants?|needs?|asked\s+for|asks\s+for|requires?|requested)\s+(?:(?:an?|the|our)\s+)?(?:soc\s?2|iso\s?27001|fedramp|hipaa|on-prem|self-hosted|private\s+deployment|dpa|msa)\b|merger\b|contract\s+is\b)/iu;

function isFirmPair(left: string, right: string, possessive: boolean): boolean {
  return possessive || left === right || wordKind(left) === 'ordinary' || wordKind(right) === 'ordinary';
}

/** The lexicon's organisations, written without the apostrophe or with the capitalised word before ("Little Caesars"). */
function isKnownBrand(text: string, candidate: Candidate, possessive: boolean): boolean {
  if (possessive && isKnownNonNamePhrase(`${candidate.value}s`)) return true;
  if (text.charCodeAt(candidate.start - 1) !== 32) return false;
  const previous = PREVIOUS_TITLE_WORD.exec(text.slice(Math.max(0, candidate.start - 20), candidate.start))?.[1];
  return previous !== undefined && isKnownNonNamePhrase(`${previous} ${candidate.value}`);
}
