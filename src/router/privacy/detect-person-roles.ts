import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isProductWord } from './name-lexicon.ts';
import { wordKind } from './name-word-kinds.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { namesNoOne } from './thing-words.ts';
import { personBetween, type Candidate } from './types.ts';
import { isWordNamePair } from './word-name-pairs.ts';

/**
 * The role a person holds, written before them as a label: "manager: glen m.", "First aider: Ngaire
 * (desk 4.12)", "HM Orlagh", "approver: Tomasz", "buddy — Tunde". Rotas, org notes, interview loops and
 * contact sheets name people this way, with no verb and no greeting to go by. The role says a person
 * follows; what follows must still read as a name: a listed name or a word no dictionary has, in the
 * case names are written in, not a team, a tool, a place or a day ("owner: Platform", "lead: Kafka",
 * "on-call: Monday").
 */
const ROLES = ['hiring manager', 'manager', 'mgr', 'HM', 'owner', 'approver', 'reviewer', 'assignee', 'reporter', 'recruiter', 'interviewer', 'bar raiser', 'mentor', 'buddy', 'first aider', 'fire warden', 'DRI', 'POC', 'point of contact', 'sponsor', 'tech lead', 'team lead', 'lead', 'on-call', 'oncall', 'primary', 'secondary', 'backup', 'creator', 'author', 'requester', 'requestor', 'submitter', 'organizer', 'organiser', 'facilitator', 'notetaker', 'note-taker', 'scribe', 'maintainer', 'contact', 'steward', 'custodian', 'champion', 'coordinator', 'signatory', 'witness',
  // Who a request, a claim or a ticket passed through, as its record heads the field: "Requested by: …", "Approved by - …".
  'requested by', 'approved by', 'submitted by', 'reported by', 'raised by', 'created by', 'signed by', 'authorised by', 'authorized by', 'prepared by', 'reviewed by', 'checked by', 'verified by', 'completed by', 'assigned to',
  // Who a record names: forms, HR files, leases, policies ("next of kin: …", "emergency contact 2: …", "beneficiary — …").
  'emergency contact', 'next of kin', 'beneficiary', 'guarantor', 'spouse', 'guardian', 'applicant', 'candidate', 'patient', 'policyholder', 'policy holder', 'cardholder', 'card holder', 'account holder', 'payee', 'executor', 'referee', 'employee', 'tenant', 'landlord', 'co-signer', 'cosigner'];
/**
 * Each role as written at a line's start, mid-sentence or on a form ("Manager:", "manager:", "Next of Kin:",
 * "NEXT OF KIN:"); the name after it keeps its own case.
 */
const ROLE = `(?:${ROLES.flatMap((role) => (/^[a-z]/.test(role) ? [role.replace(/(?<![\p{L}])\p{Ll}/gu, (letter) => `[${letter.toUpperCase()}${letter}]`), ...(role.includes(' ') ? [role.toUpperCase()] : [])] : [role])).join('|')})`;
/**
 * The role (numbered or noted on a form: "emergency contact 2:", "referee #1 -", "Next of kin (mother):"), a
 * colon, dash or space, then one to three name words, the last maybe an initial ("glen m.").
 */
const ROLE_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(${ROLE})((?:(?:[ \t]+(?:no\.?[ \t]*)?#?\d{1,2})?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[:=\-–—])?)[ \t]+(\p{L}[\p{L}\p{M}-]*(?:['’](?!s\b)[\p{L}\p{M}-]+)?(?:[ \t]+\p{Lu}[\p{L}\p{M}-]*(?:['’](?!s\b)[\p{L}\p{M}-]+)?){0,2}(?:[ \t]+\p{L}\.)?)`,
  'gu',
);
const ROLE_THEN_NAME_STARTS = startFiltered(ROLE_THEN_NAME);
/** Roles that name a person even with no colon after them ("HM Orlagh"); "primary Aurora", "backup Veeam" are systems. */
const PERSON_ONLY_ROLES: ReadonlySet<string> = new Set(['hiring manager', 'manager', 'mgr', 'hm', 'approver', 'reviewer', 'assignee', 'reporter', 'recruiter', 'interviewer', 'bar raiser', 'mentor', 'buddy', 'first aider', 'fire warden', 'sponsor', 'tech lead', 'team lead', 'next of kin', 'spouse', 'guardian']);
/** The roles a record names that a firm or a charity also fills. */
const RECORD_ROLES: ReadonlySet<string> = new Set(['beneficiary', 'guarantor', 'applicant', 'candidate', 'patient', 'policyholder', 'policy holder', 'cardholder', 'card holder', 'account holder', 'payee', 'executor', 'referee', 'employee', 'tenant', 'landlord', 'co-signer', 'cosigner', 'emergency contact']);
/** What may follow a name that is also a word: the end of the clause, not "bill the client". */
const NAME_END = /^(?:\s*(?:$|[\n,.;:!?)(]|['’]s\b)|\s+\p{Lu})/u;

export function detectRoleNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of filteredMatchesOf(ROLE_THEN_NAME_STARTS, text)) {
    const [, role, separator, captured] = match as unknown as [string, string, string, string];
    if (separator.trim() === '' && !PERSON_ONLY_ROLES.has(role.toLowerCase())) continue;
    const name = captured.replace(/[ \t]+\p{L}\.$/u, (initial) => (isInitialOf(text, match.index + match[0].length) ? initial : ''));
    const start = match.index + match[0].length - captured.length;
    const first = name.split(/[ \t]+/u)[0]!;
    if (!readsAsName(text, first, start, start + name.length) && !isWordNamePair(name.split(/[ \t]+/u))) continue;
    // Payees, landlords and beneficiaries are firms and charities as often ("payee: Eskom", "landlord: Savills"):
    // there a name needs two words or a given name of the names list.
    if (RECORD_ROLES.has(role.toLowerCase()) && !name.includes(' ') && !(isHumanName(first) && !isDictionaryWord(first.toLowerCase()))) continue;
    found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/** "glen m." ends its line or sentence: the letter is his initial, not the start of the next word. */
function isInitialOf(text: string, end: number): boolean {
  return /^\s*(?:$|[\n,;)])/u.test(text.slice(end, end + 3));
}

function readsAsName(text: string, word: string, start: number, end: number): boolean {
  const lower = word.toLowerCase();
  if (word.length < 2 || isProductWord(lower) || namesNoOne(text, start, start + word.length)) return false;
  const kind = wordKind(word);
  // A capitalised or listed word no dictionary has, or a listed name that is also an everyday word ("glen")
  // closing its clause ("owner: bill the client" is a verb); "primary key", "lead time" are words.
  if (kind === 'name') return /^\p{Lu}/u.test(word) || isHumanName(word);
  return kind === 'maybe' && isHumanName(word) && NAME_END.test(text.slice(end, end + 4));
}
