import { registerGuardCache } from './bounded-cache.ts';
import { isDepartmentWord, isGroupOrRoleWord } from './department-words.ts';
import { isLocaleGivenName } from './locale-given-names.ts';
import { isLexiconGivenName } from './name-lexicon.ts';
import type { Candidate } from './types.ts';

/**
 * The firm a message is written from names its own teams, lines and bots with its name first: "Quayline Support",
 * "Quayline Travel Desk", "Quayline Host", "Acme IT Helpdesk". A name found that opens with that word ("Quayline Austin",
 * "removed by Quayline", "Quayline Voice") is the firm's, not a person's.
 *
 * The firm's word is a capitalised word the message writes before a team's capitalised word, one or two capitalised
 * words apart at most, on the same line: a department, a group or a role ("Support", "Claims Team", "Sales"), or what
 * answers a firm's lines ("Desk", "Host", "Helpdesk", "Reception", "Voicemail", "Voice"). Not a listed first name
 * ("Priya Support" is no firm's; a surname may be: "Brightwell Facilities Desk"), nor after a determiner ("the Okafor
 * Team" is the team someone leads).
 */
const TEAM_WORDS: ReadonlySet<string> = new Set(
  'team desk helpdesk servicedesk host hosts reception voicemail voice switchboard care service services office leadership committee bot notifications alerts'.split(' '),
);
/** After the firm's word: a space, then a capitalised word ("Quayline Travel Desk"); a tab or a run of spaces parts a table's cells. */
const NEXT_CAPITALISED_WORD = / (\p{Lu}[\p{L}\p{M}'’-]*)/uy;
const WORD_ALONE = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\d]/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|our|their|his|her|my|your)[ \t]+$/iu;
/** The firm's word, then at most two capitalised words, then the team's: "Quayline Travel Desk". */
const MOST_WORDS_BETWEEN = 2;
const SHORTEST_FIRM_WORD = 3;
/** Verdicts by first word for the last message read: the names of one message are judged one after another. */
let last: { text: string; verdicts: Map<string, boolean> } | undefined;
// It holds a message's text: dropped with the guard's other caches of message text.
registerGuardCache({ clear: () => (last = undefined) });

export function isOwnOrganisationName(text: string, candidate: Candidate): boolean {
  const space = candidate.value.indexOf(' ');
  const first = space < 0 ? candidate.value : candidate.value.slice(0, space);
  if (first.length < SHORTEST_FIRM_WORD || !WORD_ALONE.test(first)) return false;
  if (last?.text !== text) last = { text, verdicts: new Map() };
  let verdict = last.verdicts.get(first);
  if (verdict === undefined) {
    verdict = opensTeamLabel(text, first) && !isGivenName(first);
    last.verdicts.set(first, verdict);
  }
  return verdict;
}

/** Whether the message writes `word` as it stands, then a team's word at most two capitalised words on. */
function opensTeamLabel(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER_OR_DIGIT.test(text[at - 1] ?? '') || text[end] !== ' ') continue;
    // "the Okafor team" is the team someone leads: a label has no determiner before it.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
    NEXT_CAPITALISED_WORD.lastIndex = end;
    for (let words = 0; words <= MOST_WORDS_BETWEEN; words += 1) {
      const next = NEXT_CAPITALISED_WORD.exec(text);
      if (next === null) break;
      if (isTeamWord(next[1]!.toLowerCase())) return true;
    }
  }
  return false;
}

/** A first name of a given-names list; firms are named after surnames often enough ("Brightwell", "Hargreaves"). */
function isGivenName(word: string): boolean {
  return isLexiconGivenName(word.toLowerCase()) || isLocaleGivenName(word);
}

function isTeamWord(lower: string): boolean {
  return TEAM_WORDS.has(lower) || isDepartmentWord(lower) || isGroupOrRoleWord(lower);
}
