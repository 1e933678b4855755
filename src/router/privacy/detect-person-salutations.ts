import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { factsOf } from './name-word-facts.ts';
import { isPlaceName } from './place-names.ts';
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
/** What may open a line before its greeting: a quotation's marks, a quoted reply's ">". */
const QUOTE_OPENERS = '>"“„«';
/** As written at a line's start: in lower case or capitalised. Not the "i" flag: with it \p{Lu} matches lower-case letters too. */
const WRITTEN = SALUTATIONS.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]).join('|');

/**
 * A greeting of a letter in another language ("Querida", "Liebe", "Kedves") where a salutation stands: at the start of a
 * line or a quotation. The name it greets does not grow over it; inside a sentence the same word is a given name
 * ("loop in Cara Lee", "add Moin Ahmed to payroll").
 */
export function isSalutationAt(text: string, start: number, word: string, nameEnd: number): boolean {
  return (
    SALUTATION_WORDS.has(word.toLowerCase()) &&
    LINE_OPENING.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) &&
    SALUTATION_CLOSE.test(text.slice(nameEnd, nameEnd + 4))
  );
}

/** Nothing but spaces and opening quotes between a line's start and the greeting. */
const LINE_OPENING = new RegExp(String.raw`^[ \t${QUOTE_OPENERS}]*$`, 'u');
/** The greeted name closes with a comma, an exclamation mark or the line: "Caro Jordan is out today" is a person. */
const SALUTATION_CLOSE = /^[ \t]*(?:[,!]|\r?\n|$)/u;

const SALUTATION = startFiltered(
  new RegExp(String.raw`(?<=^|\n)[ \t${QUOTE_OPENERS}]*(?:${WRITTEN})[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})[ \t]*(?=[,!]|\r?\n|$)`, 'gu'),
);
const HINT = new RegExp(String.raw`(?:^|[\s${QUOTE_OPENERS}])(?:${WRITTEN})[ \t]+\p{Lu}`, 'u');

export function detectSalutedNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of filteredMatchesOf(SALUTATION, text)) {
    const name = match[1]!;
    if (!isGreetedName(name.split(/[ \t]/u)[0]!)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/**
 * A given name of some language that is no ordinary word, tool or well-known place: the names list also holds "Welt",
 * "Mundo", "Client" and "Kafka" ("Hallo Welt!", "Hola Mundo", "Cher Client,", "Hallo Kafka,"), and towns are greeted too
 * ("Moin Hamburg,").
 */
function isGreetedName(word: string): boolean {
  return isGivenNameInAnyLanguage(word) && factsOf(word).kind === 'name' && !isPlaceName(word);
}

/**
 * A name another pass found with the greeting before it, in a salutation's place ("Kedves Réka!" read as two names): the
 * greeting is not the name's; and when what follows it is an ordinary word or a place ("Cher Client,", "Olá Brasil,"),
 * nobody is greeted.
 */
export function withoutSalutations(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.flatMap((candidate) => {
    if (candidate.type !== 'PERSON') return [candidate];
    const space = candidate.value.indexOf(' ');
    if (space < 0 || !isSalutationAt(text, candidate.start, candidate.value.slice(0, space), candidate.end)) return [candidate];
    const restWords = candidate.value.slice(space + 1).split(' ');
    const rest = restWords[0]!;
    // "Hallo Frau Schulte,": more than one word greeted is a title and a name, or a whole name.
    if (restWords.length > 1 || isGreetedName(rest)) return [personBetween(text, candidate.start + space + 1, candidate.end)];
    // A greeting of a group, a place or a thing ("Cher Client,", "Olá Brasil,") greets no one; a name no list holds
    // after it may be a person's whole name ("Cara Delevingne,"), and stays.
    return factsOf(rest).kind !== 'name' || isPlaceName(rest) ? [] : [candidate];
  });
}
