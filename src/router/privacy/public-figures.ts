import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { hasPersonalThingAfter, hasPersonCueBefore } from './name-cues.ts';
import { isFollowedByTeam, isFollowedByWorkPredicate } from './person-predicates.ts';
import type { Candidate } from './types.ts';
import { isPopularTitle, titleKey } from './wikipedia-titles.ts';
import { runAround, type WindowWord } from './word-window.ts';

/**
 * A found name written as the whole title of a popular Wikipedia article of two words or more
 * (wikipedia-titles.ts) is someone or something the whole world can read about — "summarise Satya Nadella's
 * keynote", "very Ted Lasso energy", "Ada Lovelace and Grace Hopper are taken, suggest more scientists",
 * "jack daniel's for the leaving drinks", "goldman sachs analyst note" — not a person at work whom the cloud
 * must not learn of: masking them costs the answer and protects no one.
 *
 * Colleagues share names with the famous too, so the list never decides alone. The name stays masked when the
 * message treats it — or the list it stands in — as someone here: a cue before it ("ask", "cc", "met with", "sent
 * to", "@"), a post or relation before it ("our new hire", "candidate", "his wife"), a bracket after it ("(the new
 * grad)", "(yes really)"), a team after it ("from procurement"), work said of it ("is out sick", "is our new
 * auditor", "can you…", "signed the form"), something of the office that is theirs ("'s laptop", "'s report",
 * "'s diagrams"); when it is listed with a found person who is nobody famous ("Sent to Ludwig van Beethoven and
 * Fatima Al-Sayed-Okafor"); and whenever the message holds an e-mail address, a phone, a postal address, a birth
 * date, an ID, an IBAN or a card: a message with someone's details is about someone, whoever they are named after.
 */
const REACH = 40;
const MOST_WORDS = 5;
const PERSONAL_VALUES: ReadonlySet<Candidate['type']> = new Set(['EMAIL', 'PHONE', 'ADDRESS', 'DATE_OF_BIRTH', 'ID_NUMBER', 'IBAN', 'CREDIT_CARD']);
const POSSESSIVE = /['’]s?$/u;
const BRACKET_AFTER = /^\s*\(/u;
/** A post or a relation right before the name: "our new hire Jennifer Lopez", "candidate Taylor Swift", "his wife …". */
const POST_BEFORE =
  /(?:^|[^\p{L}])(?:hire|candidate|applicant|intern|contractor|consultant|colleague|co-?worker|teammate|manager|boss|report|mentor|mentee|buddy|recruiter|customer|client|tenant|employee|starter|joiner|wife|husband|partner|son|daughter|mum|mom|dad|brother|sister|cousin|friend|neighbou?r|namesake)\s+$/iu;
/** Something handed to someone: "sent to …", "forward it to …", "assigned to …". */
const HANDED_TO_BEFORE = /(?:^|[^\p{L}])(?:send|sends|sent|sending|forward|forwards|forwarded|give|gave|hand|handed|pass|passed|assign|assigned|invite|invited|introduce|introduced|reply|replied)\s+(?:it\s+|this\s+|that\s+|them\s+)?to\s+$/iu;
const BEFORE_REACH = 32;
/**
 * Office work done, said after the name: "signed the vendor form", "reviewed the runbook". Not what people in the
 * news are said to do — said, wrote, announced, tweeted, launched — which is read as them.
 */
const WORK_DONE_AFTER = /^\s+(?:just\s+|also\s+|already\s+)?(?:signed|approved|reviewed|submitted|sent|raised|replied|filed|booked|cancelled|canceled|updated|uploaded|forwarded|scheduled|escalated|assigned|invoiced|onboarded)\b/iu;
/** The office's own work, someone's after a possessive: "'s report is late", "'s diagrams", "'s slides". */
const OFFICE_WORK_AFTER =
  /^['’]s?\s+(?:(?:latest|last|new|updated|draft|final|expense)\s+)?(?:reports?|slides|deck|diagrams?|docs?|document|notes|spreadsheet|sheet|timesheet|estimate|proposal|draft|offer|invoice|expenses?|feedback|standup|1:1|onboarding|handover|runbook|branch|commits?|tickets?|tasks?)\b/iu;
/** Between the members of a list: "Paul Smith and John Lewis", "X, Y & Z", "X or Y". */
const LIST_JOIN_BEFORE = /(?:\s*,\s*|\s*,?\s+(?:and|or|&|\+)\s+)$/iu;
const LIST_JOIN_AFTER = /^(?:\s*,\s*|\s*,?\s+(?:and|or|&|\+)\s+)/iu;
/** "both out sick", "all on leave": a list's predicate after its quantifier. */
const QUANTIFIER_AFTER = /^\s+(?:both|all)(?=\s)/iu;
/** Between a title's words: one space, or the hyphen of a double name ("Tim Berners-Lee"). */
const TITLE_GAP = /^[ -]$/u;

export function isPublicFigure(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  if (candidates.some((other) => PERSONAL_VALUES.has(other.type))) return false;
  const run = titleRunOf(text, candidate);
  if (run === undefined) return false;
  const list = listAround(text, run[0]!.start, run.at(-1)!.end, candidates);
  if (list === undefined) return false;
  return !isSomeoneHere(text, list.start, run.at(-1)!, list.end);
}

/** The words around the found name that are a title, or undefined. */
function titleRunOf(text: string, candidate: Candidate): readonly WindowWord[] | undefined {
  return runAround(text, candidate, REACH, MOST_WORDS, (words) => isTitleRun(text, words, candidate));
}

/**
 * Two words or more on one line, one space or a hyphen apart, that are a title as written or without a final possessive
 * ("Nadella's", "Torvalds'"). A word around the found name belongs to the title only when it is no English
 * grammar: in "will smith review it" the found "smith" is asked to review, whatever film star "will smith" is.
 */
function isTitleRun(text: string, words: readonly WindowWord[], candidate: Candidate): boolean {
  if (words.length < 2) return false;
  for (let index = 1; index < words.length; index += 1) if (!TITLE_GAP.test(text.slice(words[index - 1]!.end, words[index]!.start))) return false;
  const outside = (word: WindowWord) => word.end <= candidate.start || word.start >= candidate.end;
  if (words.some((word) => outside(word) && ENGLISH_FUNCTION_WORDS.has(word.text.toLowerCase()))) return false;
  const key = titleKey(text.slice(words[0]!.start, words.at(-1)!.end));
  return isPopularTitle(key) || (POSSESSIVE.test(key) && isPopularTitle(key.replace(/'s?$/u, '')));
}

/**
 * The list of found names the title stands in, from its first member's start to its last member's end; undefined
 * when another member is a found name that is no title — the list is of people here, the famous name among them.
 */
function listAround(text: string, start: number, end: number, candidates: readonly Candidate[]): { start: number; end: number } | undefined {
  const persons = candidates.filter((other) => other.type === 'PERSON' && (other.end <= start || other.start >= end));
  let listStart = start;
  let listEnd = end;
  for (let member = memberBefore(text, listStart, persons); member !== undefined; member = memberBefore(text, listStart, persons)) {
    if (titleRunOf(text, member) === undefined) return undefined;
    listStart = member.start;
  }
  for (let member = memberAfter(text, listEnd, persons); member !== undefined; member = memberAfter(text, listEnd, persons)) {
    if (titleRunOf(text, member) === undefined) return undefined;
    listEnd = member.end;
  }
  return { start: listStart, end: listEnd };
}

function memberBefore(text: string, start: number, persons: readonly Candidate[]): Candidate | undefined {
  const join = LIST_JOIN_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return join === null ? undefined : persons.find((person) => person.end === start - join[0].length);
}

function memberAfter(text: string, end: number, persons: readonly Candidate[]): Candidate | undefined {
  const join = LIST_JOIN_AFTER.exec(text.slice(end, end + 8));
  return join === null ? undefined : persons.find((person) => person.start === end + join[0].length);
}

function isSomeoneHere(text: string, listStart: number, last: WindowWord, listEnd: number): boolean {
  const before = text.slice(Math.max(0, listStart - BEFORE_REACH), listStart);
  if (hasPersonCueBefore(text, listStart) || POST_BEFORE.test(before) || HANDED_TO_BEFORE.test(before)) return true;
  // What follows the title is read after the name, before its possessive: "Taylor Swift's laptop", "… Swift's out sick".
  const nameEnd = last.end - (POSSESSIVE.exec(last.text)?.[0].length ?? 0);
  if (hasPersonalThingAfter(text, nameEnd) || OFFICE_WORK_AFTER.test(text.slice(nameEnd, nameEnd + 40))) return true;
  const end = listEnd === last.end ? nameEnd : listEnd;
  const quantifier = QUANTIFIER_AFTER.exec(text.slice(end, end + 8))?.[0].length ?? 0;
  return (
    BRACKET_AFTER.test(text.slice(listEnd, listEnd + 3)) ||
    isFollowedByWorkPredicate(text, end) ||
    isFollowedByWorkPredicate(text, end + quantifier) ||
    WORK_DONE_AFTER.test(text.slice(end, end + 40)) ||
    isFollowedByTeam(text, listEnd)
  );
}
