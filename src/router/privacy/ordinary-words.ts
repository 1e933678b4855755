import { createBoundedCache } from './bounded-cache.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isFrequentLowercaseWord } from './frequent-words.ts';
import { NAME_PARTICLES, isCommonWord, isKnownNameWord, isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';

/** Capitalised words repeat within a conversation and across the thread history re-sent with it. */
const verdicts = createBoundedCache<boolean>(16_384);

/**
 * Whether a capitalised word is an everyday word, product, place, month or team name rather than
 * part of a person's name. Compromise's lexicon holds irregular and ambiguous words only (it guesses
 * regular nouns such as "dashboard" from context), so a word it has never seen is not yet a name:
 * English derivational endings, the frequency of the word in lower case and the chat-ops list of
 * products and jargon settle most of the rest.
 */
export function isOrdinaryWord(word: string): boolean {
  // Keyed by the word as written: no lower-casing for the (many) repeated words.
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = classify(word.toLowerCase());
    verdicts.set(word, verdict);
  }
  return verdict;
}

function classify(lower: string): boolean {
  if (CHAT_OPS_WORDS.has(lower)) return true;
  if (lower.includes('-')) return isOrdinaryCompound(lower);
  // Names first: "Lawrence" and "Manning" have English endings but the lexicon knows them as names.
  if (isKnownNameWord(lower) && !isCommonWord(lower)) return false;
  return isEverydayWord(lower) || hasEnglishEnding(lower) || isPluralOfListedWord(lower) || isFrequentLowercaseWord(lower);
}

/** The words a name-shaped run may join across ("Siobhán Ní Bhriain", "Ahmed Bin Rashid"). */
const CAPITALISED_PARTICLES = new Set([...NAME_PARTICLES, 'ní', 'nic', 'ó', 'ua', 'della', 'das', 'binti', 'bint', 'abu', 'ben', 'el', 'ter', 'ten', 'ap']);

export function isNameParticle(word: string): boolean {
  return CAPITALISED_PARTICLES.has(word.toLowerCase());
}

function isEverydayWord(lower: string): boolean {
  return isCommonWord(lower) || isProductWord(lower) || isOrgOrPlaceWord(lower) || CHAT_OPS_WORDS.has(lower);
}

/**
 * Suffixes that make English nouns and adjectives ("Reliability", "Deployment", "Synthetics") and
 * almost never end a name; only long words, so short names ("Clive", "Rory") stay names.
 */
const ENGLISH_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ship|hood|able|ible|ism|ists?|ology|ics|ware|less|ful|ous|ive|ize[ds]?|ary|ory|ery|ies|ings)$/;

function hasEnglishEnding(lower: string): boolean {
  return lower.length >= 7 && ENGLISH_ENDING.test(lower);
}

/** The lexicon already holds inflections of the words it knows; only listed words need "Labs" → "lab". */
function isPluralOfListedWord(lower: string): boolean {
  if (!lower.endsWith('s') || lower.length < 4) return false;
  const singular = lower.slice(0, -1);
  return CHAT_OPS_WORDS.has(singular) || (lower.endsWith('es') && CHAT_OPS_WORDS.has(lower.slice(0, -2)));
}

/** "Follow-Up", "Non-Prod" are ordinary; "Al-Sayed", "Jean-Luc", "Raman-Iyer" are names. */
function isOrdinaryCompound(lower: string): boolean {
  const parts = lower.split('-').filter((part) => part.length > 0 && !CAPITALISED_PARTICLES.has(part));
  if (parts.length === 0 || parts.some((part) => isKnownNameWord(part))) return false;
  return parts.some((part) => isEverydayWord(part) || hasEnglishEnding(part));
}
