import { isDictionaryWord } from './english-dictionary.ts';
import { isWhitespaceCode } from './text-scan.ts';
import type { Candidate } from './types.ts';

/**
 * Names given to things, several at once: meeting rooms, servers, clusters, environments and colour themes are
 * named after moons, gems, rivers and famous people ("our clusters are named after moons: Titan, Europa and Io",
 * "the meeting rooms are now called Juniper, Willow and Hazel", "Juniper, Willow and Hazel are the new meeting room
 * names"). A found name that is a member of such a list is the thing's name. The list must say so itself: a naming
 * verb with the things as its subject or object ("… are called", "we named the boxes after muppets (…"), or after the
 * list "are the (new) … names" or a thing no one is ("are the staging envs", "the … meeting rooms"), the thing ending
 * its phrase — not "are the release managers", "are color blind", "are server-side".
 *
 * Privacy fails closed. Things that are only said to be someone's are people's: no bare "the focus rooms are Dmitri and
 * Paula today", "our nodes are Kenji and Oksana this week"; no list after a preposition ("the owners of both services
 * are …"), with a possessive or thanks after it ("the rooms are Ana and Ben's till 3"); things named after a kind of
 * thing or of famous people, never after "the cofounders", "the first five hires"; people's jobs are no things
 * ("servers tonight", "the mascots", "the personas"). A member before the found name reads as a name — capitalised,
 * or a word no dictionary has ("the servers are down, Ana and Ben are on it" is no list of three).
 */
/** The things right after a list, with a determiner before it: only rooms ("the Matterhorn and Denali rooms"), not "our Ravi and Chloe instances". */
const ROOMS = String.raw`(?:(?:meeting|conference|call|phone|focus)\s+)?rooms?`;
/**
 * A list with "are the …" after it names only things no one is or runs, as "Keisha and Tomás are servers tonight", "the
 * mascots are …", "… are the personas we tested with" name people.
 */
const LISTED_THINGS = String.raw`${ROOMS}|clusters?|environments?|envs?|branches|repos?|repositories|queues?|buckets?|databases?|dbs|shards?|fixtures?|datasets?|themes?|colou?rs?|palettes?|codenames?|code\s+names?`;
/** Things that are named, and no one is: the subject or object of a naming verb ("our staging servers are called …"). */
const THINGS = String.raw`${LISTED_THINGS}|servers?|nodes?|boxes|machines?|vms?|instances?|microservices?|services?|printers?|buildings?|wifi(?:\s+networks?)?|networks?|ssids?`;
/** The thing ends its noun phrase: "… the staging envs.", "… meeting rooms on floor 2" — not "release managers", "color blind". */
const THING_END = String.raw`(?=\s*(?:$|[,.;:!?)(—–]|\p{Extended_Pictographic})|\s+-\s|\s+(?:on|in|at|for|of|from|to|and|or|are|were|is|was|will|now|this|that|which|we|you|so|but|too)(?![\p{L}]))`;
/**
 * "named after moons", "after painters": only after kinds of things, or of people famous for their work — not "after
 * the cofounders", "after the first five hires", "after engineers who passed away", which name colleagues.
 */
const AFTER_WHAT = String.raw`(?:\s+after\s+(?:(?:the|famous|great|female|women|greek|roman|norse|local|classic|old|[\p{L}-]+)\s+)?(?:moons?|planets?|stars?|constellations?|galaxies|rivers?|mountains?|peaks|lakes?|islands?|volcanoes|cities|towns|birds?|trees?|flowers?|gems?|gemstones|stones|colou?rs?|animals?|dogs?|cats?|fish|whales|muppets?|characters?|superheroes|heroes|gods?|goddesses|myths?|legends|dinosaurs|elements|spices|cheeses|cocktails|scientists?|physicists?|chemists?|mathematicians?|painters?|artists?|poets?|composers?|philosophers?|authors?|writers?|novelists?|astronauts?|explorers?|inventors?|pioneers?|musicians?|bands?|films?|movies?|books?|songs?|games?|sci-?fi\s+\w+|fictional\s+\w+|[\p{L}-]+\s+characters))?`;
const NAMING = String.raw`(?:called|named|renamed|dubbed|codenamed)${AFTER_WHAT}`;
/**
 * The plural thing as the subject of a naming verb: "the new meeting rooms are now called", "rooms on level 4 are
 * named", "our staging clusters are named after moons:". Words before the thing only after a determiner; at a
 * sentence's start, the thing itself.
 */
const SUBJECT_BEFORE = new RegExp(
  String.raw`(?:(?:^|[.!?\n]\s*)|(?<![\p{L}])(?:the|our|all|all\s+the|all\s+our)\s+(?:[\p{L}\d-]+\s+){0,2}?)(?:${THINGS})(?:\s+(?:on|in|at)\s+(?:the\s+)?[\p{L}\d-]+(?:\s+\d+)?)?\s+(?:are|were|['’]re)\s+(?:now\s+|all\s+)?${NAMING}\s*[:—–-]?\s*$`,
  'iu',
);
/**
 * "we named the build servers after painters —", "we're naming our rooms after rivers:", "called the queues after
 * birds (…": the naming, then its thing, then the list — after a colon, a dash or in brackets.
 */
const NAMED_THINGS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:named|called|naming|calling)\s+(?:the|our|all\s+the|all\s+our)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${THINGS})${AFTER_WHAT}\s*[:—–(-]?\s*$`,
  'iu',
);
/** A preposition before the plural thing makes it an object: "the owners of both services are …", "the people in the rooms are …". */
const OBJECT_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:of|for|by|with|from|to|on|at|in|near|inside|beside|behind|under|over|about|across)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${THINGS})\b`,
  'iu',
);
const NAMES_AFTER = new RegExp(
  String.raw`^\s+(?:are|were|['’]re)\s+(?:all\s+|now\s+)?(?:(?:the|our)\s+(?:[\p{L}\d-]+\s+){0,2}?)?(?:names?\s+(?:of|for)\s+(?:the\s+|our\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:${THINGS})|(?:${LISTED_THINGS})(?:\s+names)?)${THING_END}`,
  'iu',
);
const THINGS_AFTER = new RegExp(String.raw`^\s+(?:${ROOMS})(?:\s+names)?${THING_END}`, 'iu');
const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|our|both|both\s+the)\s+$/iu;
const DETERMINER_OPENING = /^(?:the|our)\s/iu;
/** People's: "… Ana and Ben's till 3", "… Ana and Ben, thank you!!". */
const PEOPLES_AFTER = /^(?:['’]s?(?![\p{L}])|\s*,?\s*(?:thanks|thank|thx|ty|cheers)\b)/iu;

/**
 * One member of a list: one to three words as people type them, in any case; a dot only inside a word ("J.R."), as
 * one at its end closes the sentence ("… and gandalf. need a …").
 */
const MEMBER_WORD = String.raw`[\p{L}\p{M}](?:[\p{L}\p{M}'’-]|\.(?=\p{L}))*`;
const MEMBER = String.raw`${MEMBER_WORD}(?:[ \t](?!(?:and|or)(?![\p{L}]))${MEMBER_WORD}){0,2}`;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)`;
const MEMBER_BEFORE = new RegExp(String.raw`(${MEMBER})${JOIN}$`, 'u');
const MEMBER_AFTER = new RegExp(String.raw`^${JOIN}(${MEMBER})`, 'u');
const FINAL_JOIN = /(?:and|or|&)\s+$/u;
const POSSESSIVE_INSIDE = /['’]s?(?![\p{L}])/u;
/** Words that end a member read from the left: the list's verb, or the things named after it. */
const MEMBER_STOP = /^(?:are|were|is|was|rooms?|meeting)$/iu;
const REACH = 48;
const MOST_MEMBERS = 8;
const CUE_REACH = 100;

/** Cheap tests first, as this is asked of every found name: a join beside it, and a thing word near the list. */
const JOIN_AFTER_NAME = /^\s*(?:,|&|(?:and|or)(?![\p{L}]))/u;
const JOIN_BEFORE_NAME = /(?:,|&|(?<![\p{L}])(?:and|or))\s*$/u;
const ANY_THING = new RegExp(String.raw`(?<![\p{L}])(?:${THINGS})(?![\p{L}])`, 'iu');

export function isNameGivenToThings(text: string, candidate: Candidate): boolean {
  if (!JOIN_AFTER_NAME.test(text.slice(candidate.end, candidate.end + 6)) && !JOIN_BEFORE_NAME.test(text.slice(Math.max(0, candidate.start - 6), candidate.start))) return false;
  const list = listAround(text, candidate);
  if (list === undefined || list.members < 2) return false;
  if (!ANY_THING.test(text.slice(Math.max(0, list.start - CUE_REACH), list.end + CUE_REACH))) return false;
  const after = text.slice(list.end, list.end + CUE_REACH);
  if (PEOPLES_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, list.start - CUE_REACH), list.start);
  if ((SUBJECT_BEFORE.test(before) && !OBJECT_OF.test(before.slice(-60))) || NAMED_THINGS_BEFORE.test(before)) return true;
  // A capitalised determiner may have been read into the first name ("The Matterhorn and Denali meeting rooms").
  const determiner = DETERMINER_BEFORE.test(before) || DETERMINER_OPENING.test(text.slice(list.start, list.start + 5));
  return NAMES_AFTER.test(after) || (THINGS_AFTER.test(after) && determiner);
}

/**
 * False only when MEMBER_BEFORE cannot match text[from, end): every JOIN ends in ",", "and", "or" or "&" and then
 * `\s` characters. MEMBER_BEFORE is tried at every position of its window; this looks at the window's end only.
 */
function mayEndInJoin(text: string, from: number, end: number): boolean {
  let last = end;
  while (last > from && isWhitespaceCode(text.charCodeAt(last - 1))) last -= 1;
  const window = text.slice(Math.max(from, last - 3), last);
  return window.endsWith(',') || window.endsWith('&') || window.endsWith('and') || window.endsWith('or');
}

/**
 * A member before the candidate reads as a name: each word capitalised, or one no dictionary has ("kermit") — not
 * "down", "booked", which end a clause ("the servers are down, Ana and Ben are on it"). After the candidate the
 * list's own words may be anything ("Jade, opal, onyx and garnet are the new room names").
 */
function isNameShaped(member: string): boolean {
  return member.split(/[ \t]/u).every((word) => /^\p{Lu}/u.test(word) || !isDictionaryWord(word.toLowerCase().replace(/['’.]+$/u, '')));
}

/**
 * Where the list the candidate stands in begins and ends, and how many members it has; undefined when a member
 * before it reads as no name. A member before the candidate is taken whole only when the words before it join
 * on; one that reaches back into the sentence ("the rooms on level 4 are Ruby") is cut to its last word.
 */
function listAround(text: string, candidate: Candidate): { start: number; end: number; members: number } | undefined {
  let members = 1;
  let end = candidate.end;
  for (let step = 0; step < MOST_MEMBERS; step += 1) {
    const match = MEMBER_AFTER.exec(text.slice(end, end + REACH));
    if (match === null) break;
    // "Hazel are the new meeting room names": the member is the words before the list's verb, not the verb.
    const words = match[1]!.split(/[ \t]/u);
    const stop = words.findIndex((word) => MEMBER_STOP.test(word));
    const member = stop < 0 ? match[1]! : words.slice(0, stop).join(' ');
    if (member === '') break;
    // "the rooms are Ana and Ben's till 3": a possessive in the list makes it people's.
    if (POSSESSIVE_INSIDE.test(member)) return undefined;
    end += match[0].length - match[1]!.length + member.length;
    members += 1;
    // "Ruby, Pearl and Opal, book via outlook": the member after "and" is the last.
    if (FINAL_JOIN.test(match[0].slice(0, match[0].length - match[1]!.length)) || stop >= 0) break;
  }
  let start = candidate.start;
  for (let step = 0; step < MOST_MEMBERS; step += 1) {
    const match = mayEndInJoin(text, Math.max(0, start - REACH), start) ? MEMBER_BEFORE.exec(text.slice(Math.max(0, start - REACH), start)) : null;
    if (match === null) break;
    const last = match[1]!.split(/[ \t]/u).at(-1)!;
    if (!isNameShaped(last)) return undefined;
    start -= match[0].length - match[1]!.length + last.length;
    members += 1;
    if (last !== match[1]) break;
  }
  return { start, end, members };
}
