import { guardTables } from './table-cache.ts';
import type { Candidate } from './types.ts';

/**
 * Months and weekdays are capitalised like names, and several are given names too ("June", "May",
 * "April", "August"). A weekday or a month nobody is called is a date wherever it stands; a month that
 * is also a given name is a date only in a calendar position: after "until", "since", "in", "every",
 * "instead of"…, in a range ("from June to August"), or next to a day number ("June 5th"). "from" alone
 * is not one ("a note from June"), nor is "can you add june to the channel".
 */
const WEEKDAYS: ReadonlySet<string> = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const MONTHS: ReadonlySet<string> = new Set('january february march april may june july august september october november december'.split(' '));
const SHORT_WEEKDAYS: ReadonlySet<string> = new Set('mon tue tues wed weds thu thur thurs fri sat sun'.split(' '));
/** Chat's short forms. Several are names too ("Thu", "Sun", "Jan", "jan said…"): they count only in a deadline position ("by thu") or as a rota's day. */
const SHORT_FORMS: ReadonlySet<string> = new Set([...SHORT_WEEKDAYS, ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ')]);
/** "by thu", "due Fri": words before a deadline as well as those before a date. */
const DEADLINE_BEFORE = /(?:^|[^\p{L}])(?:by|due|til|till|until|next|this|last|every)\s+$/iu;
/** Months that are also common given names: these need a calendar position. */
const NAME_MONTHS: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);

const CALENDAR_BEFORE =
  /(?:^|[^\p{L}])(?:until|till|til|since|through|thru|in|on|during|every|each|next|last|this|early|late|mid|end of|start of|beginning of|instead of|before|after|between)\s+$/iu;
/** "from June to August": the second month of a range, seen from "to". */
const RANGE_BEFORE = /(?:^|[^\p{L}])from\s+(?:\p{L}+|\d{1,2}(?:st|nd|rd|th)?)\s+(?:to|until|till|through|thru|-|–)\s+$/iu;
const DAY_NUMBER_AFTER = /^\s+\d{1,2}(?:st|nd|rd|th)?\b|^\s+(?:to|until|till|through|thru|-|–)\s+\p{Lu}\p{Ll}+/u;
const DAY_NUMBER_BEFORE = /\d\s+$/u;

/** A date after a short weekday, as mail clients write it: "On Tue, 4 Mar 2026 at…", "Wed, Mar 11", "Fri 12/03" — a month's name, or day and month in figures. */
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE_AFTER = new RegExp(String.raw`^,?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+${MONTH_WORD}(?![\p{L}])|${MONTH_WORD}[ \t]+\d{1,2}(?!\d)|\d{1,2}[./-]\d{1,2}(?!\d))`, 'iu');

/** A weekday, full or short, in lower case: "fri", "thursday". */
export function isWeekdayWord(lower: string): boolean {
  return WEEKDAYS.has(lower) || SHORT_WEEKDAYS.has(lower);
}

/** A weekday or a month, full or short, in lower case: "june", "fri". */
export function isCalendarMonthOrDay(lower: string): boolean {
  return WEEKDAYS.has(lower) || MONTHS.has(lower) || SHORT_FORMS.has(lower);
}

/** Every weekday form, longest first so that the alternation takes "thurs" whole. */
const WEEKDAY_FORMS = [...WEEKDAYS, ...SHORT_WEEKDAYS].sort((left, right) => right.length - left.length).join('|');
/** A weekday labelling an item, as a rota writes it: "mon - kwame, tue - faith", "sat: amara\nsun: kofi". */
const DAY_LABEL = new RegExp(String.raw`(?:^|[\s,;|/(])(?:${WEEKDAY_FORMS})\s*[:–—-]`, 'giu');

/** How far from a short weekday another day label is looked for: the next or previous item, or line, of a rota. */
const DAY_LABEL_REACH = 40;

/** A short weekday before a separator with another weekday label close by (same line or the next): a rota's day, not a person called Sun. */
function isDayLabel(text: string, candidate: Candidate): boolean {
  if (!/^\s*[:–—-]/u.test(text.slice(candidate.end, candidate.end + 4))) return false;
  const around = text.slice(Math.max(0, candidate.start - DAY_LABEL_REACH), candidate.end + DAY_LABEL_REACH);
  let labels = 0;
  for (const _ of around.matchAll(DAY_LABEL)) labels += 1;
  return labels >= 2;
}

export function isCalendarWord(text: string, candidate: Candidate): boolean {
  const lower = candidate.value.toLowerCase();
  if (WEEKDAYS.has(lower) || (MONTHS.has(lower) && !NAME_MONTHS.has(lower))) return true;
  if (SHORT_FORMS.has(lower)) return DEADLINE_BEFORE.test(text.slice(Math.max(0, candidate.start - 12), candidate.start)) || isDayLabel(text, candidate) || (SHORT_WEEKDAYS.has(lower) && DATE_AFTER.test(text.slice(candidate.end, candidate.end + 20)));
  if (!NAME_MONTHS.has(lower)) return isOtherLanguageDate(text, candidate, lower);
  const before = text.slice(Math.max(0, candidate.start - 30), candidate.start);
  return CALENDAR_BEFORE.test(before) || RANGE_BEFORE.test(before) || DAY_NUMBER_BEFORE.test(before) || DAY_NUMBER_AFTER.test(text.slice(candidate.end, candidate.end + 16));
}

/**
 * Month and weekday names of the Latin-script languages the bot's users write, as the runtime's CLDR data
 * spells them ("kasım", "julio", "dienstag", "lokakuu"), in lower case. Several are given names too ("Kasım",
 * "Julio", "Mayo"), so each is a date only in a date's place: beside a day number that counts nothing ("15 Kasım",
 * "el 5 de julio"; not "Julio 10 mins late"), or beside another month or weekday joined by no English "and" ("ekim ve
 * kasım arası"; not "Julio and Mayo are on call").
 */
export const CLDR_LANGUAGES = 'af az bs ca cs cy da de es et eu fi fil fr ga gl ha hr hu id is it lt lv ms mt nb nl nn pl pt ro sk sl so sq sr-Latn sv sw tr uz vi yo zu'.split(' ');
let otherLanguageCalendar: ReadonlySet<string> | undefined;

/** Whether the word is a month or weekday of one of those languages, wherever it stands ("Julio", "Abril", "lunes"). */
export function isOtherLanguageCalendarWord(lower: string): boolean {
  otherLanguageCalendar ??= otherLanguageCalendarWords();
  return otherLanguageCalendar.has(lower);
}

/** Kept between runs (table-cache.ts), keyed by the runtime whose CLDR data spells them. */
function otherLanguageCalendarWords(): ReadonlySet<string> {
  return new Set(guardTables.lines('calendar-words', [process.execPath], () => [...spellCalendarWords()]));
}

function spellCalendarWords(): ReadonlySet<string> {
  const words = new Set<string>();
  // One formatter per language and style, each asked for every month or day: making a formatter loads its locale's
  // data, and making one per date took ~0.2 s of the guard's start.
  for (const language of CLDR_LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      const months = new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' });
      for (const month of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) words.add(months.format(new Date(Date.UTC(2021, month, 15))).toLowerCase().replace(/\.$/u, ''));
    }
    // 2021-03-01 was a Monday: seven days from it give every weekday.
    const weekdays = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    for (const day of [1, 2, 3, 4, 5, 6, 7]) words.add(weekdays.format(new Date(Date.UTC(2021, 2, day))).toLowerCase());
  }
  // Only single words: "oṣù ṣẹ́rẹ́" is no candidate's whole value.
  return new Set([...words].filter((word) => !/\s/u.test(word) && /\p{L}/u.test(word)));
}

const OTHER_LANGUAGE_DAY_BEFORE = /(?:^|[^\d.,])\d{1,2}\.?\s+(?:de\s+)?$/u;
/** A day number after the month that counts nothing: "julio 5", "Kasım 15, 2026" — not "Julio 10 mins late", "Julio 6 tickets". */
const OTHER_LANGUAGE_DAY_AFTER = /^\s+\d{1,2}(?:\.|st|nd|rd|th)?(?!\d)(?=\s*(?:$|[,;:!?)]|\.(?:\s|$)|\s+\d{2,4}\b|\s+(?:de|del|di|of)\b))/u;
/**
 * The word before or after, one joining word apart at most: "ekim ve kasım", "Montag oder Dienstag". Not English's
 * "and"/"or" ("Julio and Mayo are on call" are two people).
 */
const WORD_BEFORE = /(\p{L}+)\s+(?:(\p{L}{1,4})\s+)?$/u;
const WORD_AFTER = /^\s+(?:(\p{L}{1,4})\s+)?(\p{L}+)/u;
const ENGLISH_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but']);

function isOtherLanguageDate(text: string, candidate: Candidate, lower: string): boolean {
  otherLanguageCalendar ??= otherLanguageCalendarWords();
  if (!otherLanguageCalendar.has(lower)) return false;
  const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
  const after = text.slice(candidate.end, candidate.end + 24);
  if (OTHER_LANGUAGE_DAY_BEFORE.test(before) || OTHER_LANGUAGE_DAY_AFTER.test(after)) return true;
  const previous = WORD_BEFORE.exec(before);
  const next = WORD_AFTER.exec(after);
  const beside = [
    previous !== null && !ENGLISH_JOINERS.has(previous[2]?.toLowerCase() ?? '') ? previous[1] : undefined,
    next !== null && !ENGLISH_JOINERS.has(next[1]?.toLowerCase() ?? '') ? next[2] : undefined,
  ];
  return beside.some((word) => word !== undefined && (otherLanguageCalendar!.has(word.toLowerCase()) || isCalendarMonthOrDay(word.toLowerCase())));
}
