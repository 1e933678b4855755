import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A letter's salutation in the writer's language, opening a line (or a quotation): "Lieve Marloes,", "Liebe Annegret,",
 * "Querida Itziar,", "Kedves Réka!", "Caro Gennaro,", "Sayın Gökhan Yıldırım,". English's "Dear"/"Hi" are name cues
 * everywhere (name-cues.ts); these words are ordinary ones in English ("cher", "cara", "beste") or say nothing there,
 * so only the letter's shape counts: the greeting opens the line, then one to three capitalised words, then a comma,
 * an exclamation mark or the line's end. The first of those words must be a given name in some language: a group
 * greeted ("Liebe Kolleginnen,", "Querido equipo") is no one, and neither is a title (Frau, Herr, Señor: the forms of
 * address have their own rule).
 */
const SALUTATIONS = [
  // Dutch, German, Nordic
  'beste', 'lieve', 'liebe', 'lieber', 'hallo', 'moin', 'servus', 'hej', 'hei', 'kära', 'käre', 'kjære', 'kære',
  // Romance
  'querida', 'querido', 'estimada', 'estimado', 'apreciada', 'apreciado', 'caro', 'cara', 'carissimo', 'carissima', 'gentile',
  'egregio', 'cher', 'chère', 'prezada', 'prezado', 'olá', 'oi', 'hola', 'stimate', 'stimată', 'dragă', 'draga',
  // Slavic, Baltic, Finno-Ugric, Turkic
  'drogi', 'droga', 'szanowny', 'szanowna', 'milý', 'milá', 'vážený', 'vážená', 'dragi', 'poštovani', 'poštovana', 'kedves',
  'hyvä', 'rakas', 'tere', 'labas', 'sveiki', 'sayın', 'sevgili', 'merhaba', 'hörmətli', 'hurmatli',
];
const SALUTATION_WORDS: ReadonlySet<string> = new Set(SALUTATIONS);
/** As written at a line's start: in lower case or capitalised. Not the "i" flag: with it \p{Lu} matches lower-case letters too. */
const WRITTEN = SALUTATIONS.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]).join('|');

/** A greeting of a letter in another language ("Querida", "Liebe", "Kedves"): the name it greets does not grow over it. */
export function isSalutationWord(word: string): boolean {
  return SALUTATION_WORDS.has(word.toLowerCase());
}

const SALUTATION = startFiltered(
  new RegExp(String.raw`(?<=^|\n)[ \t>"“„«]*(?:${WRITTEN})[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})[ \t]*(?=[,!]|\r?\n|$)`, 'gu'),
);
const HINT = new RegExp(String.raw`(?:^|[\s>"“„«])(?:${WRITTEN})[ \t]+\p{Lu}`, 'u');

export function detectSalutedNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of filteredMatchesOf(SALUTATION, text)) {
    const name = match[1]!;
    if (!isGivenNameInAnyLanguage(name.split(/[ \t]/u)[0]!)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/**
 * A name another pass found with the greeting before it ("Kedves Réka" read as two names): the greeting is not the
 * name's when what follows it is a given name ("Cara Delevingne" keeps "Cara": "Delevingne" is nobody's first name).
 */
export function withoutSalutations(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.type !== 'PERSON') return candidate;
    const space = candidate.value.indexOf(' ');
    if (space < 0 || !isSalutationWord(candidate.value.slice(0, space))) return candidate;
    const rest = candidate.value.slice(space + 1);
    return isGivenNameInAnyLanguage(rest.split(' ')[0]!) ? personBetween(text, candidate.start + space + 1, candidate.end) : candidate;
  });
}
