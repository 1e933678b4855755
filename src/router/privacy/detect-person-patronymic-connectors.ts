import { factsOf } from './name-word-facts.ts';
import { matchesOf } from './regex-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Malaysian and Singaporean Indian names join a person's name to the father's with "a/l" (anak lelaki, son of), "a/p"
 * (anak perempuan, daughter of), "s/o" or "d/o": "Ganesan a/l Muniandy", "Kavitha a/p Ramasamy", "Rajendran s/o Pillai",
 * as identity cards and payroll forms write them. The whole run is one person's name. Every word on both sides is a
 * capitalised word no dictionary holds ("big s/o Priya" is a shout-out); "w/o" is English's "without" and stays out.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const JOINED = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’/-])((?:${NAME_WORD}[ \t]+){0,2}${NAME_WORD})[ \t]+(?:[aA]/[lLpP]|[sSdD]/[oO])[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})(?![\p{L}\p{M}'’/-])`,
  'gu',
);
const CONNECTOR = /[ \t](?:[aA]\/[lLpP]|[sSdD]\/[oO])[ \t]/u;
/** Forms of address before the name are not part of it ("Encik Ganesan a/l Muniandy"). */
const TITLES: ReadonlySet<string> = new Set('mr mrs ms dr encik puan cik tuan datuk dato datin tan sri madam sir'.split(' '));

export function detectPatronymicConnectorNames(text: string): Candidate[] {
  // The pattern opens with a look-behind, tried at every character: most texts hold no connector at all.
  if (!CONNECTOR.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(JOINED, text)) {
    let start = match.index;
    let words = match[1]!.split(/[ \t]+/u);
    while (words.length > 1 && TITLES.has(words[0]!.toLowerCase().replace(/['’.]/gu, ''))) {
      start = text.indexOf(words[1]!, start + words[0]!.length);
      words = words.slice(1);
    }
    const allWords = [...words, ...match[2]!.split(/[ \t]+/u)];
    if (allWords.some((word) => factsOf(word).kind === 'ordinary')) continue;
    found.push(personBetween(text, start, match.index + match[0].length));
  }
  return found;
}
