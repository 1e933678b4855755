import { hasPersonCueBefore } from './name-cues.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import type { Candidate } from './types.ts';

/**
 * A street named after someone is a street: "Nathan Road", "Roxas Boulevard", "Roosevelt Road", "Sukhumvit Soi 39". A run
 * of capitalised words that ends in a word only streets end in names no one — but fail closed, so only where nothing
 * says person: not "Street", "Lane", "Hill" or "Park", which are surnames as often as streets'; not with a title in it
 * ("Dr. Kevin Road"); not as a field's or a list's value ("Reviewer: Tom Road", "Tom Road, Ann Lee and …"), before an
 * address, a bracket or a colon ("Kim Road <kim@…>", "Emma Road: refund not received"); not after a role or a person
 * cue ("customer Emma Road"), nor before a person's doing.
 * An address with a house number is the address passes' to mask; a street alone is no one's data. Where the street's word
 * comes first ("calle Bolívar", "Rua Oscar Freire"), a name after it is the street's (isAfterStreetWord).
 */
const STREET_ENDINGS: ReadonlySet<string> = new Set(['Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Highway', 'Expressway']);
/** Thai streets are numbered lanes off a road: "Sukhumvit Soi 39". */
const SOI_NUMBER_AFTER = /^[ \t]+\d{1,3}\b/u;
const TITLE = /\b(?:mr|mrs|ms|mx|miss|dr|prof|sir|dame|mdm|madam)\b\.?/iu;
/** A field's label, a list's comma, or "to"/"from"/"with", which take people as often as places, right before it. */
const FIELD_OR_LIST_BEFORE = /(?:[:：,;&+|]|\band|\bor|\bto|\bfrom|\bwith|\bfor)[ \t]*$/iu;
/** An e-mail, a handle, a bracket or a speaker's colon right after it: how people, not streets, are written down. */
const CONTACT_AFTER = /^[ \t]*[<(@[:：]/u;
/** A role right before it: "customer Emma Road", "our new hire Kim Road". */
const ROLE_BEFORE = /\b(?:customer|client|candidate|applicant|colleague|hire|intern|contractor|employee|user|patient|tenant|manager|engineer|recruiter|rep|agent|mr|mrs|ms|dr)\.?[ \t]+$/iu;
/** The same after a list's comma: "Tom Road, Ann Lee" is a list of people when its other names are. */
const LIST_AFTER = /^[ \t]*,/u;

export function isStreetName(text: string, candidate: Candidate): boolean {
  if (isAfterStreetWord(text, candidate.start) || STREET_WORD_FIRST.test(candidate.value)) return true;
  const words = candidate.value.split(/[ \t]+/u);
  const last = words.at(-1)!;
  const soi = last === 'Soi' && SOI_NUMBER_AFTER.test(text.slice(candidate.end, candidate.end + 6));
  if (words.length < 2 || (!STREET_ENDINGS.has(last) && !soi) || TITLE.test(candidate.value)) return false;
  const lineBefore = text.slice(text.lastIndexOf('\n', candidate.start - 1) + 1, candidate.start);
  const after = text.slice(candidate.end, candidate.end + 40);
  if (FIELD_OR_LIST_BEFORE.test(lineBefore) && !STREET_BEFORE.test(lineBefore)) return false;
  if (CONTACT_AFTER.test(after) || (LIST_AFTER.test(after) && !STREET_AHEAD.test(after))) return false;
  return !ROLE_BEFORE.test(lineBefore) && !hasPersonCueBefore(text, candidate.start) && !isFollowedLikeAPerson(text, candidate.end);
}

/** "Ayala Avenue and Roxas Boulevard", "Nathan Road to Des Voeux Road": a street beside a street is a street. */
const STREET_BEFORE = /\b\p{Lu}[\p{L}'’.-]*[ \t]+(?:Road|Rd|Avenue|Ave|Boulevard|Blvd|Highway|Expressway|Soi[ \t]+\d{1,3})[ \t]*(?:,|&|and|or|to|from)[ \t]*$/u;
const STREET_AHEAD = /^[ \t]*,[ \t]*\p{Lu}[\p{L}'’.-]*[ \t]+(?:Road|Rd|Avenue|Ave|Boulevard|Blvd|Highway|Expressway)\b/u;

/**
 * Spanish, Portuguese, French and Italian write the street's word first: "la calle Bolívar", "na rua Augusta", "av. Corrientes",
 * "rue Victor Hugo", "piazza Garibaldi". A name right after one written in lower case (or an abbreviation), a "de"/"da"/"do"
 * between allowed, is the street. Not the words that are surnames too when capitalised ("Plaza Gómez", "Estrada Ramírez"), nor
 * English ones ("via", "place"), nor "carrera", also a race or a degree.
 */
export const STREET_WORDS_FIRST: readonly string[] = ['calle', 'avenida', 'rua', 'travessa', 'alameda', 'praça', 'plaza', 'paseo', 'jirón', 'calzada', 'rodovia', 'rue', 'boulevard', 'allée', 'quai', 'viale', 'piazza', 'corso'];
const STREET_WORD_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${STREET_WORDS_FIRST.join('|')}|c\/|C\/|[Aa]vda?\.|[Aa]v\.|r\.|[Jj]r\.|bd)[ \t]+(?:(?:de|da|do|dos|das|del|de la)[ \t]+)?$`,
  'u',
);
const STREET_WORD_REACH = 16;
/** The street's word inside the span, first and capitalised, where it is no surname: "Rua Oscar Freire", "Avenida Paulista", "Calle Bolívar". */
const STREET_WORD_FIRST = /^(?:Calle|Avenida|Avda\.?|Av\.|Rua|Travessa|Praça|Rue|Viale|Piazza)[ \t]+\p{Lu}/u;

function isAfterStreetWord(text: string, start: number): boolean {
  return STREET_WORD_BEFORE.test(text.slice(Math.max(0, start - STREET_WORD_REACH), start));
}
