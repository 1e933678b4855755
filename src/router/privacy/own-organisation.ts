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
 * ("Priya Support" is no firm's; a surname may be: "Brightwell Facilities Desk"), nor after a determiner ("the Okafor Team" is the team someone leads).
 */
const TEAM_WORDS: ReadonlySet<string> = new Set(
  'team desk helpdesk servicedesk host hosts reception voicemail voice switchboard care service services office leadership committee bot notifications alerts'.split(' '),
);
/** A word, where it stands. */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const SPACES_ONLY = /^ +$/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|our|their|his|her|my|your)[ \t]+$/iu;
/** The firm's word, then at most two capitalised words, then the team's: "Quayline Travel Desk". */
const MOST_WORDS_BETWEEN = 2;
const SHORTEST_FIRM_WORD = 3;
/** The firm's words of the last message read (lower case): the names of one message are judged one after another. */
let last: { text: string; firms: ReadonlySet<string> } | undefined;
// It holds a message's text: dropped with the guard's other caches of message text.
registerGuardCache({ clear: () => (last = undefined) });

export function isOwnOrganisationName(text: string, candidate: Candidate): boolean {
  const space = candidate.value.indexOf(' ');
  const first = (space < 0 ? candidate.value : candidate.value.slice(0, space)).toLowerCase();
  if (last?.text !== text) last = { text, firms: firmWords(text) };
  return last.firms.has(first);
}

function firmWords(text: string): Set<string> {
  const found = new Set<string>();
  const words = [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  words.forEach((firm, index) => {
    if (firm.text.length < SHORTEST_FIRM_WORD || !CAPITALISED.test(firm.text) || found.has(firm.text.toLowerCase())) return;
    // "the Okafor team" is the team someone leads: a label has no determiner before it.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, firm.start - 8), firm.start)) || isGivenName(firm.text)) return;
    for (let next = index + 1; next <= index + 1 + MOST_WORDS_BETWEEN && next < words.length; next += 1) {
      const word = words[next]!;
      if (!SPACES_ONLY.test(text.slice(words[next - 1]!.end, word.start)) || !CAPITALISED.test(word.text)) return;
      if (isTeamWord(word.text.toLowerCase())) {
        found.add(firm.text.toLowerCase());
        return;
      }
    }
  });
  return found;
}

/** A first name of a given-names list; firms are named after surnames often enough ("Brightwell", "Hargreaves"). */
function isGivenName(word: string): boolean {
  return isLexiconGivenName(word.toLowerCase()) || isLocaleGivenName(word);
}

function isTeamWord(lower: string): boolean {
  return TEAM_WORDS.has(lower) || isDepartmentWord(lower) || isGroupOrRoleWord(lower);
}
