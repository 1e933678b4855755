import { foldName, isHumanName } from './human-names.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A short name, then the full one in brackets: "Rocky (Rocco Santangelo)", "Paddy (Padraig Ó
 * Súilleabháin)", "Maxi (Maximiliano Iturriaga)". The bracket says who the word is, so the word is a
 * person whatever else it means ("Storm", "Rocky"), and so is the full name. Both must begin alike
 * (a nickname is cut from the name), one of the two must be in the names list, and the bracket must
 * hold Title-case words only ("Post (PostgreSQL)" is no one).
 */
const BRACKETED = /^ \((\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]*){0,3})\)/u;
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}_@#/.-])(\p{Lu}[\p{L}\p{M}'’-]+)$/u;
const SHARED_PREFIX = 3;

export function detectBracketedNicknames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let open = text.indexOf(' (', 1); open >= 0; open = text.indexOf(' (', open + 2)) {
    const full = BRACKETED.exec(text.slice(open, open + 80));
    if (full === null) continue;
    const short = WORD_BEFORE.exec(text.slice(Math.max(0, open - 30), open))?.[1];
    const fullName = full[1]!;
    const first = fullName.split(' ')[0]!;
    if (short === undefined || !isCutFrom(short, first) || !(isHumanName(first) || isHumanName(short))) continue;
    found.push(personBetween(text, open - short.length, open));
    const fullStart = open + 2;
    found.push(personBetween(text, fullStart, fullStart + fullName.length));
  }
  return found;
}

/** "Rocky" from "Rocco", "Maxi" from "Maximiliano", "Storm" from "Stormy": the first letters agree. */
function isCutFrom(short: string, first: string): boolean {
  const a = foldName(short);
  const b = foldName(first);
  if (a === b) return false;
  const length = Math.min(SHARED_PREFIX, a.length, b.length);
  return length >= 2 && a.slice(0, length) === b.slice(0, length);
}
