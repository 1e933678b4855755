import { isDictionaryWord } from './english-dictionary.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A name in Latin script with a Japanese honorific joined by a hyphen: "Morita-sama", "tanaka-san", "Kenji-kun", "Ono-sensei",
 * "Watanabe Kenji-san". The suffix follows a person (or a pet, or a character — the rule fails closed), so the name needs no
 * list and no capital; a word before it joins when it is capitalised and the suffixed one is too (a full name, family name
 * first or last). The suffix itself stays outside the name, as a title does.
 */
const SUFFIX = /(?<![\p{L}\p{M}\p{N}'’_-])((?:\p{Lu}[\p{Ll}\p{M}'’]+[ \t])?[\p{L}][\p{Ll}\p{Lu}\p{M}'’]*)-(?:san|sama|kun|chan|sensei|senpai|sempai)(?![\p{L}\p{M}\p{N}_-])/gu;
/**
 * SUFFIX's own ending, which every match of it holds: V8 finds this literal at full speed, while SUFFIX tries its
 * look-behind and name run at every letter. A message without it (nearly all: hyphens are common, these suffixes
 * rare) has no match.
 */
const SUFFIX_ENDING = /-(?:san|sama|kun|chan|sensei|senpai|sempai)(?![\p{L}\p{M}\p{N}_-])/u;

export function detectSuffixHonorificNames(text: string): Candidate[] {
  if (!text.includes('-') || !SUFFIX_ENDING.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(SUFFIX)) {
    const name = joinsOnlyWhenCapitalised(match[1]!);
    const start = match.index + match[1]!.length - name.length;
    found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/**
 * "Watanabe Kenji" stays whole; "call kenji" keeps "kenji" only (a lower-case name has no capital to join by), and so
 * do "Ask Tanaka" and "Thanks Morita": an English word opening a sentence is no family name.
 */
function joinsOnlyWhenCapitalised(run: string): string {
  const words = run.split(/[ \t]/u);
  if (words.length === 1) return run;
  return /^\p{Lu}/u.test(words[1]!) && !isDictionaryWord(words[0]!.toLowerCase()) ? run : words[1]!;
}
