import { isWhitespaceCode } from './text-scan.ts';
import type { Candidate } from './types.ts';

/**
 * Holidays are capitalised like names, and some open with a word the names list holds ("Christmas Eve",
 * "Eid al-Adha", "Easter Monday", "Boxing Day"). A found name that is a festival's name, that opens
 * with one, or that ends with "Eve" or a weekday, is a date, not a person; so is a lone "Eve" right
 * after another capitalised word ("New Year Eve").
 */
/** Festival names nobody is called; "Valentine", "Whit" and "Ramadan" are people's names too and stay out. */
const HOLIDAY_WORDS: ReadonlySet<string> = new Set(
  [
    'christmas xmas easter eid diwali deepavali hanukkah chanukah thanksgiving passover boxing labor labour memorial independence halloween pentecost ascension epiphany advent holi vesak onam pongal navratri dussehra yom rosh purim sukkot kwanzaa juneteenth hogmanay midsummer',
    // Christmas and Easter in the languages chat greets in, where nobody is called so: "Frohe Weihnachten", "Wesołych Świąt",
    // "Nadolig Llawen". Not Natale, Navidad, Nollaig, Božić, Karácsony, Crăciun, Pasqua: given names and surnames too.
    'weihnachten kerstmis kerst joulu karácsonyt vánoce vianoce świąt nadolig pâques ostern pasen wielkanoc',
  ]
    .join(' ')
    .split(' '),
);
const DAY_LAST_WORDS: ReadonlySet<string> = new Set('eve monday tuesday wednesday thursday friday saturday sunday jayanti'.split(' '));
/**
 * Days and feasts named after someone: "Martin Luther King Jr. Day", "St. Patrick's Day", "Guy Fawkes
 * night fireworks", "Santa Lucia procession". A capitalised Day, Night or Eve after the name, or an
 * event only a calendar has, the rest of the name ("King Jr.") in between. Never across a full stop or
 * a line break ("Thanks Priya. Day was long", a list of names with "Eve Thompson" next), and after a
 * possessive only "Day" ("St. Patrick's Day"): "Emeka's Night Out", "Aroha's festival tickets" are hers.
 */
const NAMED_EVENT_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{Ll}.]*){0,2}?(?:['’]s?[ \t]+Day\b|[ \t]+(?:Day|Night|Eve)\b(?![ \t]*\d)|[ \t]+(?:(?:night|day|eve)[ \t]+(?:fireworks|bonfires?|parade|celebrations?|festivities|holiday)|procession|parade|festival|feast|fireworks|bonfires?|vigil|jubilee)\b)/u;
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}'’]* $/u;

/**
 * Only the first and last words matter (as `split(/[\s-]+/u)` would give them): cut out by index, since
 * this runs for every name every pass finds.
 */
export function isHolidayName(text: string, candidate: Candidate): boolean {
  const lower = candidate.value.toLowerCase();
  let firstBreak = 0;
  while (firstBreak < lower.length && !isWordBreak(lower.charCodeAt(firstBreak))) firstBreak += 1;
  if (HOLIDAY_WORDS.has(lower.slice(0, firstBreak)) || NAMED_EVENT_AFTER.test(text.slice(afterAbbreviation(text, candidate), candidate.end + 40))) return true;
  if (isSaintsDay(text, candidate, lower)) return true;
  let lastBreak = lower.length - 1;
  while (lastBreak >= 0 && !isWordBreak(lower.charCodeAt(lastBreak))) lastBreak -= 1;
  if (!DAY_LAST_WORDS.has(lower.slice(lastBreak + 1))) return false;
  return lastBreak >= 0 || CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, candidate.start - 20), candidate.start));
}

/**
 * A saint's day as chat types it, in lower case: "17 mar st patrick's day", "happy st. david's day". A saint is
 * nobody here: only with "st"/"saint" in the name or right before it.
 */
const SAINT = /^(?:st\.?|saint)\s/u;
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:st\.?|saint)\s+$/iu;
const DAY_AFTER_POSSESSIVE = /^['’]?s?[ \t]+day\b/iu;

function isSaintsDay(text: string, candidate: Candidate, lower: string): boolean {
  const saint = SAINT.test(lower) || SAINT_BEFORE.test(text.slice(Math.max(0, candidate.start - 8), candidate.start));
  return saint && DAY_AFTER_POSSESSIVE.test(text.slice(candidate.end, candidate.end + 8));
}

/** Where the text after a name goes on: past the period of a name ending "Jr", "Sr" or "St" ("Martin Luther King Jr. Day"). */
function afterAbbreviation(text: string, candidate: Candidate): number {
  return text[candidate.end] === '.' && /(?:^|\s)(?:Jr|Sr|St)$/u.test(candidate.value) ? candidate.end + 1 : candidate.end;
}

/** `[\s-]`, by code. */
function isWordBreak(code: number): boolean {
  return code === 45 || isWhitespaceCode(code);
}
