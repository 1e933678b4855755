import { isDictionaryWord } from './english-dictionary.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';

/**
 * Languages that decline names write them with a case ending: "Réka" → "Rékának" (Hungarian),
 * "Laura" → "Laurai" (Latvian), "Tomáš" → "Tomášovi" (Czech), "Marko" → "Marku" (Serbian), "Tereza" →
 * "Tereze", "Einar" → "Einars" (Icelandic), "Aitor" → "Aitorri" (Basque), "Gent" → "Gentit" (Albanian).
 * A capitalised word that the names list lacks is a given name in a case when taking a case ending off
 * leaves a listed given name — as written, or with the final vowel the ending replaced ("Tereze" →
 * "Terez" + "a", "Marku" → "Mark" + "o"). The stem keeps three letters or more and is no English word.
 */
const CASE_ENDINGS: readonly string[] = [
  // Finnish and Estonian
  'lle', 'lta', 'ltä', 'lla', 'llä', 'sta', 'stä', 'ssa', 'ssä', 'ksi', 'na', 'nä', 'n',
  // Hungarian
  'nak', 'nek', 'val', 'vel', 'nál', 'nél', 'ról', 'ről', 'tól', 'től', 'hoz', 'hez', 'höz', 'ért', 'ot', 'et', 't',
  // Czech, Slovak, Slovenian, Serbian, Croatian, Bosnian
  'ovi', 'evi', 'ou', 'em', 'om', 'u', 'i', 'e', 'y',
  // Lithuanian and Latvian
  'ai', 'ui', 'ei', 'am', 'ą', 'ę', 'o', 's',
  // Basque and Albanian
  'ari', 'ri', 'ren', 'rekin', 'ak', 'it', 'in', 'ës',
];
const FINAL_VOWELS: readonly string[] = ['a', 'e', 'o', 'as', 'is'];
const SHORTEST_STEM = 3;

/** `shortestStem`: how many letters the stem keeps at least (three unless the caller asks for more). */
export function isInflectedGivenName(word: string, shortestStem = SHORTEST_STEM): boolean {
  const lower = word.toLowerCase();
  for (const ending of CASE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < shortestStem) continue;
    const stem = word.slice(0, word.length - ending.length);
    // The stem is no English word either way ("Bolti" is Bolt's, a firm's, not "Bolte"'s), nor a product or a
    // place the lexicon knows in its case: "Dockerin", "Jenkinsu", "Jirát".
    // Hungarian lengthens a final vowel before the ending: "Jira" → "Jirát", "Kafka" → "Kafkát".
    const plain = stem.replace(/á$/u, 'a').replace(/é$/u, 'e');
    if (isDictionaryWord(stem.toLowerCase()) || isThingOrPlace(stem) || isThingOrPlace(plain)) continue;
    if (isGivenNameInAnyLanguage(stem) || isGivenNameInAnyLanguage(plain) || FINAL_VOWELS.some((vowel) => isGivenStem(stem + vowel))) return true;
  }
  return false;
}

/** A product, a tool or a place the lexicon knows; not any town of the gazetteer, which holds "Laura", "Ville" and "Réka" too. */
function isThingOrPlace(stem: string): boolean {
  const lower = stem.toLowerCase();
  return isProductWord(lower) || CHAT_OPS_WORDS.has(lower) || isOrgOrPlaceWord(lower);
}

function isGivenStem(stem: string): boolean {
  return isGivenNameInAnyLanguage(stem) && !isDictionaryWord(stem.toLowerCase());
}
