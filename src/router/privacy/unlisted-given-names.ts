import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isDepartmentWord } from './department-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isFrequentLowercaseWord } from './frequent-words.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';
import { isPlaceName } from './place-names.ts';

/**
 * Whether a word no names list holds can still be a given name where its place vouches for one (beside a
 * found name, as names-beside-names.ts reads it): "nyambura", "nokuthula", "zodwa". Most words that no
 * dictionary lists are not names but tools written in lower case all over the web ("terraform", "github"),
 * typos ("tomorow"), tools named by joining two words ("posthog", "airflow"), commands ("kubectl") or slang
 * ("yeet"). A word one edit away from a frequent word is a typo of it (so a name a letter away from one,
 * "chipo" from "chips", is missed; rare words are a letter away from too many names to count: "legato"
 * from "lerato"), one made of two dictionary words is a compound, and a name is pronounceable — no four
 * consonants in a row, nor three at its end.
 *
 * `capitalised`: the caller saw the word written with a capital where English writes none — mid-sentence, or
 * beside a name found already. Typos are typed in passing, in lower case; a capital is written on purpose, so
 * there a word a letter away from a frequent one ("Seun" from "seen", "Deji" from "deli") is no typo.
 */
const MINIMUM_LENGTH = 4;
const LETTERS_ONLY = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;
const CONSONANT_RUN = /[b-df-hj-np-tv-xz]{4}|[b-df-hj-np-tv-xz]{3}$/u;
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿ]/u;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** On the names list, or reading like a name no list has: what a place that vouches for a name still asks of the word. */
export function readsLikeAName(word: string, capitalised = false): boolean {
  return isHumanName(word) || mayBeUnlistedGivenName(word, capitalised);
}

export function mayBeUnlistedGivenName(word: string, capitalised = false): boolean {
  const lower = word.toLowerCase();
  // A possessive ("mcdonald's") is a shop or a brand as often as a person.
  if (lower.length < MINIMUM_LENGTH || !LETTERS_ONLY.test(word) || word === word.toUpperCase() || /['’]s$/u.test(lower)) return false;
  // Tools and products are written in lower case often enough on the web to be one token there ("terraform",
  // "github", "kotlin", "zapier"); a name people rarely type in lower case is split ("nyambura").
  if (isFrequentLowercaseWord(lower)) return false;
  // "Singapore or Sydney": a city or country paired with a place taken for a name.
  if (isPlaceName(lower)) return false;
  if (isDictionaryWord(lower) || ENGLISH_FUNCTION_WORDS.has(lower) || CHAT_OPS_WORDS.has(lower) || isProductWord(lower) || isOrgOrPlaceWord(lower) || isDepartmentWord(lower)) return false;
  const plain = lower.normalize('NFD').replace(/\p{M}+/gu, '');
  return VOWEL.test(lower) && !CONSONANT_RUN.test(plain) && !isCompound(plain) && (capitalised || !isOneEditFromFrequentWord(plain));
}

const COMPOUND_PART = 3;

/** Two English words of three letters or more joined: "posthog", "airflow", "wordpress". */
export function isCompound(word: string): boolean {
  for (let split = COMPOUND_PART; split <= word.length - COMPOUND_PART; split += 1) {
    if (isDictionaryWord(word.slice(0, split)) && isDictionaryWord(word.slice(split))) return true;
  }
  return false;
}

function isTypoTarget(word: string): boolean {
  return isDictionaryWord(word) && (ENGLISH_FUNCTION_WORDS.has(word) || isFrequentLowercaseWord(word));
}

/** A frequent word one deletion, insertion, substitution or swap of neighbours away. */
function isOneEditFromFrequentWord(word: string): boolean {
  for (let index = 0; index <= word.length; index += 1) {
    const head = word.slice(0, index);
    const tail = word.slice(index);
    if (tail.length > 0 && isTypoTarget(head + tail.slice(1))) return true;
    if (tail.length > 1 && isTypoTarget(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of ALPHABET) {
      if (isTypoTarget(head + letter + tail)) return true;
      if (tail.length > 0 && letter !== tail[0] && isTypoTarget(head + letter + tail.slice(1))) return true;
    }
  }
  return false;
}
