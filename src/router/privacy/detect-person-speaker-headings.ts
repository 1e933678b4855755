/**
 * Who speaks, on a line of its own above what they said, as Teams, Otter, Gong and Discord copy a conversation: "Cooper,
 * Jasmine 2:40 PM", "Oyelaran, Funmi   0:02", "Maya Goldberg  0:04", "Tyrone Jackson | 22:10", "ahmed.r — Today at 9:01
 * AM". A transcript has two such lines or more. The heading is a person when each of its words is a listed name or an
 * initial, or when it is written surname first with a comma as Teams writes people (no room, team or bot has the comma);
 * never with a team's, a room's or a role's word ("Pune Claims Team 3:02 PM", "Prospect | 12:02", "Unknown speaker"), nor a
 * place alone ("Lagos 14:00"). A handle is a person when it reads as one ("nadia.h", "chloe_w"; not "nightowl_88").
 */
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isLoggedInAccount } from './detect-person-machine-fields.ts';
import { isPlaceName } from './place-names.ts';
import { isProductWord } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import { personAt, type Candidate } from './types.ts';

const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** "Today at 9:01 AM", "Yesterday at 11:58 PM", "03/04/2024 10:12": Discord's and Slack's day before the time. */
const DAY = String.raw`(?:(?:Today|Yesterday|\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+(?:at[ \t]+)?)`;
/** The time that ends a speaker's heading line, after a bar or a dash perhaps: "| 22:10", "— Today at 9:01 AM", "2:40 PM". */
export const HEADING_TIME = String.raw`(?:[|—–-][ \t]*)?${DAY}?${CLOCK}`;
const HEADING = new RegExp(String.raw`^[ \t]*([\p{L}][\p{L}\p{M}\d'’._-]*(?:,?[ \t]\p{L}[\p{L}\p{M}'’.-]*){0,3})[ \t]+${HEADING_TIME}[ \t]*$`, 'gmu');
const FEWEST_HEADINGS = 2;
/** Words that head a team's, a room's, a bot's or a role's lines. */
const NOT_A_SPEAKER: ReadonlySet<string> = new Set(
  'speaker unknown team teams desk office room support bot host guest attendee prospect customer caller agent client moderator committee claims sales ops finance legal hr it admin notetaker recorder everyone group channel'.split(' '),
);

export function detectSpeakerHeadings(text: string): Candidate[] {
  if (!text.includes('\n') || !/\d:\d\d/u.test(text)) return [];
  const headings = [...text.matchAll(HEADING)];
  if (headings.length < FEWEST_HEADINGS) return [];
  const found: Candidate[] = [];
  for (const match of headings) {
    const speaker = match[1]!;
    // A speaker's heading has what they said under it; an agenda's or a timetable's lines follow one another ("Coffee 10:30 ⏎ Lunch 12:30").
    if (!isPersonHeading(speaker) || !hasSpeechUnder(text, match.index + match[0].length)) continue;
    const start = match.index + match[0].indexOf(speaker);
    // Surname first, each name on its own: the given name is how the thread then calls them ("kojo the riverside is…").
    if (SURNAME_FIRST.test(speaker)) {
      const comma = speaker.indexOf(',');
      const given = speaker.slice(comma + 1).trimStart();
      found.push(personAt(start, speaker.slice(0, comma)), personAt(start + speaker.length - given.length, given));
    } else found.push(personAt(start, speaker));
  }
  return found;
}

function isPersonHeading(speaker: string): boolean {
  if (/^[\p{L}\d]+[._-][\p{L}\d._-]*$/u.test(speaker)) return isLoggedInAccount(speaker);
  const words = speaker.split(/,?[ \t]+/u);
  if (words.some((word) => NOT_A_SPEAKER.has(word.toLowerCase()) || /\d/u.test(word))) return false;
  // Teams writes a person "Surname, Given": a room, a team or a bot has no such comma.
  if (SURNAME_FIRST.test(speaker)) return words.every((word) => !isProductWord(word) && !factsOf(word).tool && (isHumanName(word) || (!isDictionaryWord(word.toLowerCase()) && !isPlaceName(word))));
  // Otherwise every word a listed name or an initial, and a lone word no place ("Lagos 14:00" is a clock on the wall), no
  // English word and no tool ("Jenkins 10:01 AM" posts builds).
  if (words.length === 1 && (isPlaceName(words[0]!) || isDictionaryWord(words[0]!.toLowerCase()) || isProductWord(words[0]!) || factsOf(words[0]!).tool)) return false;
  return words.every((word) => word.replace(/\.$/u, '').length <= 1 || isHumanName(word));
}

const SURNAME_FIRST = /^\p{Lu}[\p{L}\p{M}'’-]+,[ \t]\p{Lu}[\p{L}\p{M}'’-]+$/u;

const HEADING_LINE = new RegExp(HEADING.source, 'u');

/** The first line after the heading's that holds anything, read line by line from there (not the rest of the text at once). */
function hasSpeechUnder(text: string, end: number): boolean {
  let start = text.indexOf('\n', end);
  while (start >= 0) {
    const stop = text.indexOf('\n', start + 1);
    const line = text.slice(start + 1, stop < 0 ? text.length : stop);
    if (line.trim() !== '') return !HEADING_LINE.test(line);
    start = stop;
  }
  return false;
}
