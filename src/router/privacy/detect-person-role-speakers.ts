import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isLexiconGivenName, isProductWord, lexiconFacts } from './name-lexicon.ts';
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';
import { isPopularWordName } from './word-given-names.ts';

/**
 * A transcript line opened by a speaker's role and then their name — "Agent Camila: …", "Agent (Mercy): Good morning",
 * "Rep – Tunde: …", "Speaker 2 (Anouk): …" — as call-centre, chat-support and interview tools export them. The role says the label is a
 * speaker, so the name after it is someone, a word-name too ("Agent (Mercy):"); and the lines the same speaker opens
 * with the name alone ("Mercy: Thank you.") are that person as well.
 */
const ROLES: ReadonlySet<string> = new Set(
  'agent rep representative advisor adviser associate specialist support operator caller customer client host co-host interviewer interviewee candidate visitor guest moderator driver nurse doctor technician tech engineer csr sales recruiter manager tenant landlord patient speaker participant attendee panelist panellist presenter'.split(' '),
);
/** A given name as a label writes it, with its capital: "eng" in "sales eng:" is a team's short name. */
const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
/** What may open a transcript line before its speaker: spaces and a bracketed stamp ("[10:02] "). */
const LINE_OPENING = String.raw`[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?`;
// A recorder numbers its speakers and names them in brackets when it can: "Speaker 2 (Anouk):".
const ROLE_SPEAKER = new RegExp(String.raw`^${LINE_OPENING}(\p{L}[\p{L}-]*)(?:[ \t]+\d{1,2})?[ \t]+(?:\([ \t]*(${NAME})[ \t]*\)|[-–][ \t]*(${NAME})|(${NAME}))[ \t]*:[ \t]`, 'gmu');

export function detectRoleSpeakers(text: string): Candidate[] {
  if (!text.includes(':')) return [];
  const found: Candidate[] = [];
  const names = new Set<string>();
  for (const match of matchesOf(ROLE_SPEAKER, text)) {
    const name = match[2] ?? match[3] ?? match[4]!;
    if (!ROLES.has(match[1]!.toLowerCase()) || !readsAsGivenName(name) || !SPEECH_AFTER.test(lineAfter(text, match.index + match[0].length))) continue;
    const start = match.index + match[0].lastIndexOf(name, match[0].lastIndexOf(':'));
    const sameSpeaker = linesOpenedBy(text, name);
    // A word-name after a role is a field as often ("Customer Journey:", "Driver Miles: 412", "Agent Trace: enabled"):
    // it is someone only when the same name also opens a line of the transcript by itself.
    if (lexiconFacts(name).englishWord && sameSpeaker.length === 0) continue;
    found.push(personAt(start, name));
    if (!names.has(name)) found.push(...sameSpeaker);
    names.add(name);
  }
  return found;
}

/** Something said: two words at least ("Bom dia Juliana!", "Good morning, am I…"), not a value ("412", "enabled"). */
const SPEECH_AFTER = /\p{L}+[^\p{L}\n]+\p{L}/u;

function lineAfter(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/** A name of the names list that is no English word nor a tool's, or one that is a word and a popular given name too ("Mercy", "Grace"). */
function readsAsGivenName(name: string): boolean {
  const lower = name.toLowerCase();
  // "Support Bot:", "Agent Zendesk:": a tool answering, not a person.
  if (CHAT_OPS_WORDS.has(lower) || isProductWord(lower)) return false;
  return isHumanName(name) && (!isDictionaryWord(lower) || isPopularWordName(lower) || isLexiconGivenName(lower));
}

const OPENING_ONLY = new RegExp(`^${LINE_OPENING}$`, 'u');

/** The lines that open with the name alone as their speaker, written as the role line wrote it: "Mercy: Great.". */
function linesOpenedBy(text: string, name: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = text.indexOf(`${name}:`); index >= 0; index = text.indexOf(`${name}:`, index + name.length)) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    if (OPENING_ONLY.test(text.slice(lineStart, index))) found.push(personAt(index, name));
  }
  return found;
}
