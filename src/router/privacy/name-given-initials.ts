import { isHumanName } from './human-names.ts';
import { PAST_PARTICIPLE_AFTER } from './name-given-context.ts';
import { wordKind } from './name-word-kinds.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';
import { isPlaceName } from './place-names.ts';
import { personBetween, type Candidate } from './types.ts';

/** Kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const SURNAME_WORD_CUE_AFTER = /^\s+(?:and\b|&|\(|\p{Ll}+ed\b|said\b)/u;
const LETTER_NUMBER_OR_DOT = /[\p{L}\p{N}.]/u;

/** "j. smith", "a. kowalski", "T. Oduya-Barnes": one letter, a dot, a surname ("e.g. Smith" is not one). */
const SURNAME_AFTER_INITIAL = /^[\p{L}][\p{L}\p{M}'’-]+/u;

export function fromInitials(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Found by ". " rather than a pattern over the whole text: most messages hold a few full stops and no initial.
  for (let dot = text.indexOf('. ', 1); dot >= 0; dot = text.indexOf('. ', dot + 2)) {
    const start = dot - 1;
    // "J.R. Okonjo", "M.K. Patel": initials written together, capitals only ("e.g. Smith" is no one).
    const compact = compactInitialsStart(text, start);
    if (compact === undefined && !isSingleLetter(text, start)) continue;
    const surname = SURNAME_AFTER_INITIAL.exec(text.slice(dot + 2, dot + 42))?.[0]?.replace(/['’]s$/u, '');
    if (surname === undefined) continue;
    const initial = text[start]!;
    if ((initial === initial.toUpperCase()) !== (surname[0] === surname[0]!.toUpperCase())) continue;
    const end = dot + 2 + surname.length;
    // An ordinary word after "a." is a list item ("a. restart the pod"); a surname that is a word needs a verb or "and" after it.
    const kind = wordKind(surname);
    const sure = kind === 'name' || (kind === 'maybe' && SURNAME_WORD_CUE_AFTER.test(text.slice(end, end + 20)));
    // "J. R. Obi": a second initial before the first makes even an everyday surname someone's.
    const first = compact ?? initialBefore(text, start);
    // A capitalised surname no list has after capital initials written apart is someone's too ("J. R. Okonjo"), unless it is a place's or a firm's word ("N. Ireland").
    // Not after a firm's initials written together ("P.T. Telkomsel", "G.E. Vernova").
    const firmInitials = compact !== undefined && FIRM_INITIALS.has(text.slice(compact, start + 1).replaceAll('.', ''));
    const unlisted = !firmInitials && kind === 'name' && initial === initial.toUpperCase() && surname.length >= 3 && !isOrgOrPlaceWord(surname.toLowerCase()) && !isPlaceName(surname.toLowerCase()) && !isProductWord(surname.toLowerCase());
    if ((sure || (first < start && kind !== 'ordinary') || (first < start && PAST_PARTICIPLE_AFTER.test(text.slice(end, end + 20)))) && (isHumanName(surname) || surname.includes('-') || unlisted)) {
      found.push(personBetween(text, first, end));
    }
  }
  return found;
}

/** Where initials written together end at `start` begin ("J.R.", "M.K.P."): capital letters each after a dot, the first after no letter, digit or dot. */
function compactInitialsStart(text: string, start: number): number | undefined {
  let first = start;
  while (first >= 2 && text[first - 1] === '.' && isCapitalLetter(text[first]!) && isCapitalLetter(text[first - 2]!)) first -= 2;
  if (first === start || !isSingleLetter(text, first)) return undefined;
  return DOTTED_PLACES.has(text.slice(first, start + 1).replaceAll('.', '')) ? undefined : first;
}

/** Legal forms and firms written as dotted initials before a name: Indonesia's P.T. and C.V., G.E., A.G., N.V., B.V., K.G. (S.A. is a dotted place, below). */
const FIRM_INITIALS: ReadonlySet<string> = new Set(['PT', 'CV', 'GE', 'AG', 'NV', 'BV', 'KG', 'UD']);

/** Places and bodies written with dots, which a sentence may end in ("we moved to the U.K. Sarah will lead it"). */
const DOTTED_PLACES: ReadonlySet<string> = new Set(['UK', 'US', 'USA', 'EU', 'UN', 'DC', 'LA', 'NY', 'NYC', 'NZ', 'UAE', 'PRC', 'ROC', 'SA', 'HK']);

function isCapitalLetter(character: string): boolean {
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

/** Where the initials before `start` begin: "J. R. Obi" reaches back from "R." to "J.". */
function initialBefore(text: string, start: number): number {
  let first = start;
  while (first >= 3 && text.slice(first - 2, first) === '. ' && isSingleLetter(text, first - 3) && text[first - 3] === text[first - 3]!.toUpperCase()) first -= 3;
  return first;
}

/** A letter with no letter, digit or dot before it ("e.g." and "v1." are not initials). */
function isSingleLetter(text: string, index: number): boolean {
  const letter = text[index]!;
  if (letter.toLowerCase() === letter.toUpperCase()) return false;
  return index === 0 || !LETTER_NUMBER_OR_DOT.test(text[index - 1]!);
}
