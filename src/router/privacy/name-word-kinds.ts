import { createBoundedCache } from './bounded-cache.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isFrequentLowercaseWord } from './frequent-words.ts';
import { isHumanName } from './human-names.ts';
import { isCommonWord, isKnownNameWord, isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';

/**
 * How a word reads, whatever its case, for the recall-first name pass:
 * - `ordinary`: in the English dictionary, chat shorthand, ops jargon, or frequent in lower-case web text;
 * - `maybe`:    a known name that is also an everyday word ("will", "mark", "rose", "baron");
 * - `name`:     anything else made of letters — a name nobody listed ("nataniel", "izdebski", "yıldızoğlu").
 */
export type WordKind = 'ordinary' | 'maybe' | 'name';

const kinds = createBoundedCache<WordKind>(65_536);

export function wordKind(word: string): WordKind {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  let kind = kinds.get(lower);
  if (kind === undefined) {
    kind = classify(lower);
    kinds.set(lower, kind);
  }
  return kind;
}

/** "we'll", "they're", "i'd", "didn't": a contraction of everyday words. */
const CONTRACTION = /^(\p{L}+)['’](?:ll|re|ve|d|m|t)$/u;

function classify(lower: string): WordKind {
  if (lower.includes('-')) return compoundKind(lower);
  const contracted = CONTRACTION.exec(lower)?.[1];
  if (contracted !== undefined && (isDictionaryWord(contracted) || isDictionaryWord(`${contracted}t`) || contracted.endsWith('n'))) return 'ordinary';
  // The lexicon folds accents, so "lê" and "ân" (Vietnamese names) would read as "le" and "an".
  if (lower.length <= 3 && /[^\x00-\x7f]/.test(lower)) return isDictionaryWord(lower) ? 'ordinary' : 'name';
  const knownName = isKnownNameWord(lower);
  const everyday =
    isDictionaryWord(lower) ||
    CHAT_OPS_WORDS.has(lower) ||
    isProductWord(lower) ||
    isOrgOrPlaceWord(lower) ||
    isCommonWord(lower) ||
    (lower.endsWith('s') && isDictionaryWord(lower.slice(0, -1)));
  if (everyday) return knownName ? 'maybe' : 'ordinary';
  if (knownName) return 'name';
  // Short vowel-less words are abbreviations ("ssn", "cvv", "dns"), not names.
  // Abbreviations are plain ASCII: "từ", "vũ" (Vietnamese names) carry vowels this check does not list.
  if (lower.length <= 4 && /^[b-df-hj-np-tv-xz]+$/.test(lower)) return 'ordinary';
  if (lower.length < 2 || isFrequentLowercaseWord(lower) || isDerivedEverydayWord(lower)) return 'ordinary';
  return 'name';
}

const INFLECTION = /^(.{4,}?)(?:ing|ed|ers?|es|s)$/;
const PREFIX = /^(?:re|un|pre|non|mis|sub|auto|micro|multi)(.{5,})$/;

/**
 * Jargon the dictionary lacks but builds from its words, and plurals of words frequent in web text:
 * "chunking", "rebalance", "prefetched", "unmounted", "timeouts". Known names never get here ("Browning", "Fielding" are settled by the lexicon first).
 */
function isDerivedEverydayWord(lower: string): boolean {
  const stem = INFLECTION.exec(lower)?.[1];
  if (stem !== undefined && ((isDictionaryWord(stem) && !isSilentEBeforeE(stem, lower)) || isDictionaryWord(`${stem}e`) || (/(.)\1$/.test(stem) && isDictionaryWord(stem.slice(0, -1))))) {
    return true;
  }
  // A plural of web-text jargon ("timeouts", "webhooks"); not a listed name ("Barros", "Coles"), nor "-er" or "-ing", which make surnames of syllables ("Mercer").
  if (lower.endsWith('s') && !lower.endsWith('ss') && !isHumanName(lower) && isFrequentLowercaseWord(lower.slice(0, -1))) return true;
  const base = PREFIX.exec(lower)?.[1];
  return base !== undefined && (isDictionaryWord(base) || isDerivedEverydayWord(base));
}

/**
 * English drops a stem's silent final "e" before an ending that opens with one ("safe" → "safer", "saved"): "sameer" is no
 * "same" + "-er", "naveed" no "nave" + "-ed". A stem ending in "ee" keeps it ("foresee" → "foreseer", read as "forese" + "e").
 */
function isSilentEBeforeE(stem: string, lower: string): boolean {
  return /[^e]e$/u.test(stem) && lower.startsWith('e', stem.length);
}

/** "muinat-oluwaseun" is a name; "follow-up", "non-prod" are not. */
function compoundKind(lower: string): WordKind {
  const parts = lower.split('-').filter((part) => part.length > 0);
  if (parts.length === 0) return 'ordinary';
  const partKinds = parts.map(classify);
  if (partKinds.every((kind) => kind === 'ordinary')) return 'ordinary';
  return partKinds.some((kind) => kind === 'name') ? 'name' : 'maybe';
}
