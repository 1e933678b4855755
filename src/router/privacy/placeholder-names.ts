import { foldName } from './human-names.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import type { Candidate } from './types.ts';
import { isAsciiOnly, isWhitespaceCode } from './text-scan.ts';

/**
 * The names each language uses for nobody in particular — on forms, in examples and in test data: John
 * Doe, Max Mustermann, Fulano de Tal, Mario Rossi, Jan Kowalski, Ola Nordmann, 山田太郎, 홍길동. A closed
 * set, one or two per language, as the conventions stand (Wikipedia's "List of placeholder names by
 * language" gathers them). Juan Pérez and Jan Novák are also real people's names, so a placeholder counts
 * only where the words beside it speak of an example, a sample or test data, and not when the person does
 * something ("Ivan Ivanov called again…") or owns something ("Jan Nowak's onboarding form"); anywhere else it
 * stays masked.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set(
  [
    // English
    'John Doe', 'Jane Doe', 'Richard Roe', 'Jane Roe', 'Joe Bloggs', 'Fred Bloggs', 'Joe Public', 'John Q. Public', 'John Q Public', 'Joe Schmoe', 'John Citizen', 'Jane Citizen', 'A. N. Other', 'Tommy Atkins',
    // German, Austrian, Swiss
    'Max Mustermann', 'Erika Mustermann', 'Maxi Musterfrau', 'Erika Musterfrau', 'Hans Mustermann', 'Otto Normalverbraucher', 'Lieschen Müller', 'Hans Muster', 'Peter Muster',
    // French, Belgian
    'Jean Dupont', 'Marie Dupont', 'Jean Dupond', 'Jan Janssens',
    // Spanish, Portuguese, Filipino
    'Fulano de Tal', 'Mengano de Tal', 'Juan Pérez', 'Juana Pérez', 'Juan Nadie', 'Juan del Pueblo', 'Pepe Pérez', 'Zé Ninguém', 'João da Silva', 'Maria da Silva', 'José da Silva', 'Juan dela Cruz', 'Juana dela Cruz',
    // Italian, Dutch
    'Mario Rossi', 'Maria Rossi', 'Jan Jansen', 'Piet Pietersen', 'Jan Modaal',
    // Nordic
    'Ola Nordmann', 'Kari Nordmann', 'Sven Svensson', 'Anders Andersson', 'Jens Hansen', 'Matti Meikäläinen', 'Maija Meikäläinen', 'Jón Jónsson', 'Gunna Jónsdóttir',
    // Central and Eastern European
    'Jan Kowalski', 'Anna Kowalska', 'Jan Nowak', 'Jan Novák', 'Jana Nováková', 'Jožko Mrkvička', 'Gipsz Jakab', 'Ion Popescu', 'Pero Perić', 'Marko Marković', 'Janez Novak', 'Vardenis Pavardenis', 'Jānis Bērziņš',
    'Ivan Ivanov', 'Vasya Pupkin', 'Иван Иванов', 'Иван Иванович Иванов', 'Вася Пупкин', 'Іван Іванов',
    // East Asian, Middle Eastern
    'Taro Yamada', 'Yamada Taro', 'Hanako Yamada', 'Yamada Hanako', '山田太郎', '山田 太郎', '山田花子', '山田 花子', 'Zhang San', 'Li Si', 'Wang Wu', '张三', '李四', '王五', '張三',
    'Hong Gil-dong', 'Hong Gildong', '홍길동', 'Kim Cheol-su', '김철수', '김영희', 'Fulan al-Fulani', 'فلان الفلاني', 'Israel Israeli', 'ישראל ישראלי', 'פלוני אלמוני',
  ].map(foldPlaceholder),
);

/**
 * Words that say an example is meant, right beside the name and in its sentence: "as the sample customer",
 * "the hint text says", "fake rows like", "e.g.". Not the words of everyday work around it ("form", "deck",
 * "demo", "default", "spreadsheet"): "the default approver is Jan Kowalski" names a real approver; nor a domain
 * ("jan.kowalski@example.com" is where test data and real people's stand-ins both live).
 */
const EXAMPLE_CUE =
  /(?:^|[^\p{L}@.])(?:examples?|e\.g\.|sample|samples|placeholders?|dummy|fake|fictional|made[- ]up|generic|templates?|mock(?:ed|s)?|test data|test rows?|test users?|fixtures?|seed data|hint(?: text)?)(?![\p{L}]|\.\p{L})/iu;
const CUE_REACH = 64;
/** A sentence ends at a stop before a space or the text's end — not at the dots of "jane.doe@example.com" or "e.g.". */
const SENTENCE_END = /[.!?](?=\s|$)|\n/u;
/** What follows the last sentence end: the sentence the name stands in, up to it. */
const LAST_SENTENCE = /(?:^|[.!?]\s|\n)((?:[^.!?\n]|[.!?](?!\s))*)$/u;

export function isPlaceholderName(text: string, candidate: Candidate): boolean {
  if (!isPlaceholderValue(candidate.value) || isFollowedLikeAPerson(text, candidate.end) || POSSESSIVE_AFTER.test(text.slice(candidate.end, candidate.end + 2))) return false;
  return EG_BEFORE.test(text.slice(Math.max(0, candidate.start - 8), candidate.start)) || EXAMPLE_CUE.test(sentenceAround(text, candidate.start, candidate.end));
}

/** "e.g. John Doe", "(e.g. 'Jan Kowalski')": the abbreviation's own dot ends no sentence. */
const EG_BEFORE = /(?:^|[^\p{L}])e\.g\.?,?\s*["'“‘(]?$/iu;

const POSSESSIVE_AFTER = /^['’]s/u;

/** The text within CUE_REACH of the name on each side, cut at the sentence's ends. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = LAST_SENTENCE.exec(text.slice(Math.max(0, start - CUE_REACH), start))?.[1] ?? '';
  let after = text.slice(end, end + CUE_REACH);
  const firstEnd = after.search(SENTENCE_END);
  if (firstEnd >= 0) after = after.slice(0, firstEnd);
  return `${before} ${after}`;
}

function isPlaceholderValue(value: string): boolean {
  // Every placeholder but the CJK ones is two words or more: most names found are one word, and skip the fold.
  if (!value.includes(' ') && isAsciiOnly(value)) return false;
  return PLACEHOLDERS.has(foldPlaceholder(value));
}

/** `value.split(/[\s.]+/u)`, its empty words dropped, each folded, joined by one space: split by code, as this runs for every name found. */
function foldPlaceholder(value: string): string {
  const words: string[] = [];
  let start = 0;
  for (let index = 0; index <= value.length; index += 1) {
    if (index < value.length && !isSeparatorCode(value.charCodeAt(index))) continue;
    if (index > start) words.push(foldName(value.slice(start, index)));
    start = index + 1;
  }
  return words.join(' ');
}

function isSeparatorCode(code: number): boolean {
  return code === 46 || isWhitespaceCode(code);
}
