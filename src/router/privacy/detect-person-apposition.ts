import { isDepartmentWord } from './department-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isBrandName } from './known-brands.ts';
import { isLegalForm } from './organisation-names.ts';
import { ENGLISH } from './function-words.ts';
import { isKnownNameWord, isPastTenseVerb, isProductWord, isVerbForm } from './name-lexicon.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A post or a relation, then who holds it, then what they do: "my manager walker approved the budget",
 * "our head of people saffron is drafting the policy", "his wife Jadwiga, +48…". The word after the
 * role is a name in the names list (lower-case names are often words too: "walker", "saffron"), and a
 * verb, a comma or the end of the message follows it. "the lead engineer is…" does not count: the
 * word after "lead" is itself a role.
 */
const ROLES: ReadonlySet<string> = new Set(
  'manager boss lead colleague teammate mentor mentee buddy intern contractor consultant cto ceo cfo coo vp director recruiter designer engineer partner people hr report hire'.split(' '),
);
/**
 * Family and household: "her cousin Wanjiru", "my flatmate Ikaika". Only people are someone's cousin, so a
 * capitalised name after one is theirs whatever follows it ("staying with her cousin Wanjiru for two weeks"),
 * unless it is a brand made a verb or a thing's brand (isKinName).
 */
const KIN: ReadonlySet<string> = new Set(
  ('wife husband son daughter mother father brother sister cousin uncle aunt auntie niece nephew grandma granny grandmother grandfather grandpa grandad granddad ' +
    'mum mom dad stepmom stepmum stepdad stepson stepdaughter fiance fiancé fiancee fiancée girlfriend boyfriend sibling twin godson goddaughter godmother godfather ' +
    'flatmate roommate housemate neighbour neighbor nanny babysitter carer caregiver').split(' '),
);
/** "head of people", "head of sales": the role is the three words, the last of which is read here. */
const HEAD_OF = /head of $/iu;
const POSSESSOR = new Set('my our your his her their'.split(' '));
const PUNCTUATION_AFTER = /^\s*(?:[,;:.!?]|$)/u;

/**
 * Who holds a role, named in brackets after it: "feedback to a peer (Kanya)", "our new AE (Pike)", "the
 * admin (Dana Lerche)", "the new guy (Kenji)", "witness (Olena K.)". A bracket after a word for a person names that person, whatever the name; a
 * firm's roles ("customer", "vendor") are left out, since a bracket after them names a company.
 */
const BRACKET_ROLES = new Set(
  [...ROLES, ...KIN, 'peer', 'coworker', 'co-worker', 'admin', 'champion', 'contact', 'candidate', 'hire', 'report', 'approver', 'reviewer', 'assignee', 'sponsor', 'ae', 'sdr', 'csm', 'pm', 'em', 'friend', 'landlord', 'tenant', 'applicant', 'employee', 'newcomer', 'starter', 'replacement', 'kid', 'child', 'guy', 'girl', 'lady', 'gentleman', 'person', 'witness', 'complainant', 'respondent', 'claimant'].filter((role) => role !== 'people' && role !== 'hr'),
);
/** One to three capitalised words, the last may be an initial: "(Kanya)", "(Dana Lerche)", "(Olena K.)". */
const BRACKETED_NAME = /^ \((\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}(?:[\p{L}\p{M}'’-]+|\.)){0,2})\)/u;

export function detectAppositions(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes(' (')) found.push(...bracketedHolders(text, tokens));
  for (let index = 1; index < tokens.length; index += 1) {
    const role = tokens[index - 1]!;
    const kin = KIN.has(role.lower);
    if ((!kin && !ROLES.has(role.lower)) || role.style === 'upper') continue;
    const name = tokens[index]!;
    if (!isRoleHeld(text, tokens, index - 1) || ROLES.has(name.lower) || KIN.has(name.lower) || isDepartmentWord(name.lower) || !isNameAfterRole(name, role.lower)) continue;
    // After a modified post only a listed name: "our new hire Onboarding starts monday" is the programme.
    if (!POSSESSOR.has(tokens[index - 2]?.lower ?? '') && !KIN.has(role.lower) && !isHumanName(name.text)) continue;
    if (text.slice(role.end, name.start) !== ' ' || (!(kin && isKinName(text, tokens, index)) && !isDoingOrEnd(text, tokens, index))) continue;
    found.push(personBetween(text, name.start, name.end));
  }
  return found;
}

const LOOSE_ROLES: ReadonlySet<string> = new Set(['guy', 'girl', 'lady', 'gentleman', 'person', 'contact']);
const FIRM_BEFORE_ROLE = /\p{Lu}[\p{L}\d.&-]*\s+$/u;

/**
 * A bracket that names a firm, a team or a thing, not a person: a legal form ("(Northwind Ltd)"), a department
 * ("(Acme Security)"), a brand, or words a dictionary has and no names list ("(Anonymous)", "(Tableau)").
 */
function namesAFirmOrThing(name: string): boolean {
  const words = name.split(' ').map((word) => word.toLowerCase());
  if (words.some((word) => isLegalForm(word) || isDepartmentWord(word)) || isBrandName(name)) return true;
  // The names list holds "anonymous" too; the lexicon's first names and surnames do not ("(Grace)", "(Hunter)" stay).
  return words.every((word) => isDictionaryWord(word.replace(/\.$/u, '')) && !isKnownNameWord(word));
}

function bracketedHolders(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const role of tokens) {
    if (text.charCodeAt(role.end + 1) !== 40 || !BRACKET_ROLES.has(role.lower)) continue;
    const name = BRACKETED_NAME.exec(text.slice(role.end, role.end + 60))?.[1];
    if (name === undefined || name.toUpperCase() === name || BRACKET_ROLES.has(name.toLowerCase()) || namesAFirmOrThing(name)) continue;
    // "the AWS guy (Enterprise Support)", "the Salesforce guy (Tableau)": a firm's guy is named by the firm's product or team.
    if (LOOSE_ROLES.has(role.lower) && FIRM_BEFORE_ROLE.test(text.slice(Math.max(0, role.start - 24), role.start))) continue;
    const start = role.end + 2;
    found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/**
 * The names list vouches for a lower-case name ("walker"); a capitalised word no English dictionary lists
 * needs no list ("his wife Jucélia", "my manager Oyelaran"): after someone's post, it can only be them —
 * unless it is a product ("my manager Okta locked me out").
 */
function isNameAfterRole(name: Token, role: string): boolean {
  if (name.facts.tool || isProductWord(name.lower)) return false;
  // A business's partner is a firm ("our partner Twilio"): only the names list vouches there.
  return isHumanName(name.text) || (name.style === 'title' && role !== 'partner' && !isDictionaryWord(name.lower));
}

/**
 * A capitalised name after a relative, not a brand made a verb ("my mum Googled the symptoms") — a verb's
 * forms by the lexicon, not by their ending: "Mehmed", "Javed", "Waleed" end in -ed.
 */
function isKinName(text: string, tokens: readonly Token[], index: number): boolean {
  const name = tokens[index]!;
  if (name.style !== 'title' || isVerbForm(name.lower) || isPastTenseVerb(name.lower)) return false;
  // A brand made a verb before its object ("my mom Facetimes me"), or a thing's brand before the thing ("my nephew
  // Roblox account"): the word after is an object pronoun, or a lower-case word that is neither a verb nor grammar.
  const next = tokens[index + 1];
  if (next === undefined || next.style !== 'lower' || text.slice(name.end, next.start) !== ' ') return true;
  return !OBJECT_PRONOUNS.has(next.lower) && (isVerbForm(next.lower) || next.functionLanguages.includes(ENGLISH));
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/**
 * "my manager", "our head of people", "his wife": a possessor before the role says it is someone's post — with
 * up to two words of when or how between them ("our new intern", "my direct report", "her former manager").
 * "report" and "hire" are posts only so: "my report" alone may be a document.
 */
function isRoleHeld(text: string, tokens: readonly Token[], roleIndex: number): boolean {
  const role = tokens[roleIndex]!;
  if (role.lower === 'people' || role.lower === 'hr') return HEAD_OF.test(text.slice(Math.max(0, role.start - 8), role.start));
  let before = roleIndex - 1;
  while (before >= 0 && roleIndex - before <= 2 && ROLE_MODIFIERS.has(tokens[before]!.lower)) before -= 1;
  if (before < 0 || !POSSESSOR.has(tokens[before]!.lower)) return false;
  return !DOCUMENT_LIKE_ROLES.has(role.lower) || before < roleIndex - 1;
}

/** Words between a possessor and a post: "our new intern", "my direct report", "his former boss". */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set('new former old current interim acting direct senior junior lovely amazing awesome fave favourite favorite summer first'.split(' '));
const DOCUMENT_LIKE_ROLES: ReadonlySet<string> = new Set(['report', 'hire']);

/** "ask our intern Marisol to update the sheet": what someone is asked to do. */
const TO_DO_AFTER = /^ to [a-z]+/u;

function isDoingOrEnd(text: string, tokens: readonly Token[], index: number): boolean {
  const name = tokens[index]!;
  if (PUNCTUATION_AFTER.test(text.slice(name.end, name.end + 3))) return true;
  const next = tokens[index + 1];
  if (next !== undefined && next.lower === 'to' && TO_DO_AFTER.test(text.slice(name.end, name.end + 20))) return true;
  if (next === undefined || next.style !== 'lower' || text.slice(name.end, next.start) !== ' ') return false;
  return isVerbForm(next.text) || EVERYDAY_VERBS.has(next.lower);
}

/**
 * The lexicon lists few regular forms: "Destiny starts on the 4th", "Rich can approve", "Sol is in Lisbon". Not any
 * word in -s: "our new intern Slack channels" is a plural noun after a tool.
 */
const EVERYDAY_VERBS: ReadonlySet<string> = new Set(
  'is was has had will would can could should may might must does did needs wants gets get starts joins leaves says thinks knows owns handles runs leads covers sits works'.split(' '),
);
