import type { Candidate } from './types.ts';

/**
 * Names given to things, several at once: meeting rooms, servers, clusters, environments and colour themes are
 * named after people, gems, planets and characters ("the rooms on level 4 are Ruby, Pearl and Opal", "our
 * clusters are named after moons: Titan, Europa and Io", "Juniper, Willow and Hazel are the new meeting room
 * names"). A found name that is a member of such a list is the thing's name. The list must say so itself: a
 * plural thing as its subject, then "are" (and "called", "named", "named after …"); or, after the list, "are the
 * (new) … names" or the things themselves ("are the staging envs", "the … meeting rooms") — not what people do
 * with things ("… are swapping desks").
 *
 * Only things no person is: never "hires", "agents", "teams", "pods" ("the new hires are called …"). A thing after a
 * preposition is not the subject ("the owners of the staging envs are Ricardo and Li" are two people).
 */
const THINGS = String.raw`(?:(?:meeting|conference|call|phone|focus)\s+)?rooms?|booths?|servers?|hosts?|hostnames?|nodes?|clusters?|boxes|machines?|vms?|instances?|environments?|envs?|branches|repos?|repositories|microservices?|services?|queues?|buckets?|databases?|dbs|shards?|fixtures?|datasets?|themes?|colou?rs?|palettes?|releases?|sprints?|milestones?|epics?|builds?|pipelines?|printers?|devices?|laptops?|desks?|floors?|buildings?|wifi(?:\s+networks?)?|networks?|ssids?|bots?|mascots?|personas?|codenames?|code\s+names?|tiers?|plans?|stages?|apps?|workstreams?`;
const NAMING = String.raw`(?:called|named|renamed(?:\s+to)?|dubbed|codenamed)(?:\s+after\s+[\p{L}\s-]{1,30}?)?`;
/** A determiner or a few words of what the things are, before the plural thing: "the new", "our staging", "rooms on level 4". */
const SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[.!?\n]\s*|(?<![\p{L}])(?:the|our|all|all\s+the|both|both\s+the)\s+)(?:[\p{L}\d-]+\s+){0,2}?(?:${THINGS})(?:\s+(?:on|in|at)\s+(?:the\s+)?[\p{L}\d-]+(?:\s+\d+)?)?\s+(?:are|were|['’]re)\s+(?:now\s+|all\s+)?(?:${NAMING}\s*)?[:—–-]?\s*$`,
  'iu',
);
/**
 * "we named the build servers after painters —", "we're naming our rooms after rivers:", "called the queues after
 * birds (…": the naming, then its thing, then the list — after a colon, a dash or in brackets.
 */
const NAMED_THINGS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:named|called|renamed|naming|calling|renaming)\s+(?:the|our|all\s+the|all\s+our)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${THINGS})(?:\s+after\s+[\p{L}\s-]{1,30}?)?\s*[:—–(-]?\s*$`,
  'iu',
);
/** A preposition before the plural thing makes it an object: "the owners of the staging envs are …", "the people in the rooms are …". */
const OBJECT_OF = new RegExp(String.raw`(?<![\p{L}])(?:of|for|by|with|from|to|on|at|in|near|inside|beside|behind|under|over|about)\s+(?:the|our|all|these|those|its|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${THINGS})\b`, 'iu');
const NAMES_AFTER = new RegExp(
  String.raw`^\s+(?:are|were|['’]re)\s+(?:all\s+|now\s+)?(?:(?:the|our)\s+(?:[\p{L}\d-]+\s+){0,2}?)?(?:names?\s+(?:of|for)\s+(?:the\s+|our\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:${THINGS})|(?:${THINGS})(?:\s+names)?)(?![\p{L}])`,
  'iu',
);
/** The things right after the list, which a determiner opens: "the Everest and Denali meeting rooms" — not "Ricardo and Lina servers". */
const THINGS_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}\d-]+\s+)?(?:${THINGS})(?:\s+names)?(?![\p{L}'’])`, 'iu');
const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|our|both|both\s+the)\s+$/iu;
const DETERMINER_OPENING = /^(?:the|our)\s/iu;

/** One member of a list: one to three words as people type them, in any case. */
const MEMBER = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,2}`;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)`;
const MEMBER_BEFORE = new RegExp(String.raw`(${MEMBER})${JOIN}$`, 'u');
const MEMBER_AFTER = new RegExp(String.raw`^${JOIN}(${MEMBER})`, 'u');
const FINAL_JOIN = /(?:and|or|&)\s+$/u;
const REACH = 48;
const MOST_MEMBERS = 8;
const CUE_REACH = 100;

export function isNameGivenToThings(text: string, candidate: Candidate): boolean {
  const list = listAround(text, candidate);
  if (list.members < 2) return false;
  const before = text.slice(Math.max(0, list.start - CUE_REACH), list.start);
  if ((SUBJECT_BEFORE.test(before) && !OBJECT_OF.test(before.slice(-60))) || NAMED_THINGS_BEFORE.test(before)) return true;
  const after = text.slice(list.end, list.end + CUE_REACH);
  // A capitalised determiner may have been read into the first name ("The Everest and Denali meeting rooms").
  const determiner = DETERMINER_BEFORE.test(before) || DETERMINER_OPENING.test(text.slice(list.start, list.start + 5));
  return NAMES_AFTER.test(after) || (THINGS_AFTER.test(after) && determiner);
}

/**
 * Where the list the candidate stands in begins and ends, and how many members it has. A member before the
 * candidate is taken whole only when the words before it join on; one that reaches back into the sentence
 * ("the rooms on level 4 are Ruby") is cut to its last word.
 */
function listAround(text: string, candidate: Candidate): { start: number; end: number; members: number } {
  let members = 1;
  let end = candidate.end;
  for (let step = 0; step < MOST_MEMBERS; step += 1) {
    const match = MEMBER_AFTER.exec(text.slice(end, end + REACH));
    if (match === null) break;
    // "Hazel are the new meeting room names": the member is the words before the list's verb, not the verb.
    const words = match[1]!.split(/[ \t]/u);
    const kept = words.findIndex((word) => /^(?:are|were|is|was|rooms?|meeting)$/iu.test(word));
    const member = kept < 0 ? match[1]! : words.slice(0, kept).join(' ');
    if (member === '') break;
    end += match[0].length - match[1]!.length + member.length;
    members += 1;
    // "Ruby, Pearl and Opal, book via outlook": the member after "and" is the last.
    if (FINAL_JOIN.test(match[0].slice(0, match[0].length - match[1]!.length)) || kept >= 0) break;
  }
  let start = candidate.start;
  for (let step = 0; step < MOST_MEMBERS; step += 1) {
    const match = MEMBER_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
    if (match === null) break;
    const words = match[1]!.split(/[ \t]/u);
    start -= match[0].length - match[1]!.length + words.at(-1)!.length;
    members += 1;
    if (words.length > 1) break;
  }
  return { start, end, members };
}
