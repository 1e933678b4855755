import { isDictionaryWord } from './english-dictionary.ts';
import { latinReadingsOf } from './indic-readings.ts';
import { isIndicNonName } from './detect-person-indic-honorifics.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
import { createBoundedCache } from './bounded-cache.ts';

/**
 * Whether a word in Devanagari or Bengali script spells a given name of the names lists, read in Latin letters
 * (indic-readings.ts): "ऋषभ" → rishabh, "ফাহিম" → fahim. The lists hold everyday words of every language, and these
 * scripts' readings land on them ("है" reads "hai", "सब" "saba"), so the word must be no grammar word of the
 * language (script-grammar-words.ts), no god, role, number or family word (detect-person-indic-honorifics.ts), and no
 * reading may be an English word — that is a loan ("बंद" band, "फिल्म" film, "रोड" road), not a name. A name is
 * still a word of its language too ("आशा" hope, "दीपक" lamp, "पूजा" worship): the list says only that it can be a
 * name; where it stands says whether it is (detect-person-indic-given.ts).
 */
const SHORTEST_READING = 3;
const cache = createBoundedCache<boolean>(4096);

export function isIndicGivenName(word: string): boolean {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const listed = readsAsGivenName(word);
  cache.set(word, listed);
  return listed;
}

/**
 * The days of the week, which read as names ("मंगल को release freeze है", on Tuesday): Hindi's, Nepali's and Bengali's, long
 * and short; not "रवि" or "सोम", more often people.
 */
const WEEKDAYS: ReadonlySet<string> = new Set(
  `सोमवार मंगलवार मंगल बुधवार बुध गुरुवार बृहस्पतिवार शुक्रवार शुक्र शनिवार शनि रविवार इतवार आइतबार सोमबार मंगलबार बुधबार बिहीबार शुक्रबार शनिबार
   সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার`.split(/\s+/u),
);

function readsAsGivenName(word: string): boolean {
  if (isScriptGrammarWord(word) || isIndicNonName(word) || WEEKDAYS.has(word)) return false;
  const readings = latinReadingsOf(word);
  if (readings.some((reading) => isDictionaryWord(reading))) return false;
  return readings.some((reading) => reading.length >= SHORTEST_READING && isGivenNameInAnyLanguage(reading));
}

/**
 * Case endings and kin words that Bengali, Nepali and Marathi join to a name: Bengali "রিনার" (Rina's), "ফাহিমকে" (to
 * Fahim), "মৌমিতাদি" (sister Moumita); Nepali "सीताको" (Sita's), "सुजनलाई" (to Sujan); Marathi "मृणालने" (by Mrinal),
 * "ओंकारचा" (Omkar's), "जोशींना" (to Joshi). Longest first.
 */
const JOINED_ENDINGS: readonly string[] = ['ের', 'এর', 'কে', 'র', 'দা', 'দি', 'च्या', 'ंना', 'लाई', 'साठी', 'सँग', 'को', 'चा', 'ची', 'चे'];
/**
 * The genitives among them: a noun owns things as often as a person does ("সোনার দাম", the price of gold; "विकासको काम",
 * the work of development), so they count only before what a person has (joinedNameStem's caller checks).
 */
export const JOINED_GENITIVES: ReadonlySet<string> = new Set(['ের', 'এর', 'র', 'च्या', 'को', 'चा', 'ची', 'चे']);
/**
 * Marathi's dative "-ला" and ergative "-ने", Nepali's ergative "-ले": verbs and nouns end in them too ("यायला", to come;
 * "महीने", months; "छोले", chickpeas), so only after a stem of four letters and vowel signs or more ("सायलीला", "प्राजक्ताने",
 * "आस्थाले").
 */
const SHORT_STEM_ENDINGS: readonly string[] = ['ला', 'ने', 'ले'];
const SHORTEST_STEM_BEFORE_SHORT_ENDING = 4;
const BENGALI_VOWEL_END = /[\u0985-\u0994\u09be-\u09cc]$/u;
/** Letters and vowel signs, not the nukta or the virama that only change a letter ("बिड़" is three). */
const NOT_COUNTED = /[\u093c\u094d\u09bc\u09cd]/gu;

function lettersIn(stem: string): number {
  return [...stem.replace(NOT_COUNTED, '')].length;
}
/**
 * The stem keeps three letters and vowel signs at least ("আমার", my, is "আমা" + "র"), and its reading four: short stems read
 * as short names by chance. Not Marathi's "-ला", "-ने", "-ना" nor Nepali's "-ले": verbs and nouns end in them too
 * ("यायला", to come; "महीने", months; "छोले", chickpeas).
 */
const SHORTEST_STEM = 3;

/** The given name in a word with a case ending or kin word joined to it, and the ending, when one is there. */
export function joinedNameStem(word: string): { stem: string; ending: string } | undefined {
  if (isScriptGrammarWord(word) || isIndicNonName(word)) return undefined;
  // A time word with Bengali's "-কের"/"-কে" ("আজকের", today's; "কালকে", tomorrow) is no name with "-র" after it.
  const time = /(?:কের|কে)$/u.exec(word);
  if (time !== null && isIndicNonName(word.slice(0, time.index))) return undefined;
  for (const ending of [...JOINED_ENDINGS, ...SHORT_STEM_ENDINGS]) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const shortest = SHORT_STEM_ENDINGS.includes(ending) ? SHORTEST_STEM_BEFORE_SHORT_ENDING : SHORTEST_STEM;
    // A stem ends in a letter or a vowel sign: "बच्चे" (children) is no "बच्" + "चे". Bengali's genitive is "-র" after a
    // vowel ("রিনার") and "-এর"/"-ের" after a consonant ("রাজীবের"): "সুন্দর" (beautiful) is no "সুন্দ" + "র".
    if (lettersIn(stem) < shortest || /[\u094d\u09cd]$/u.test(stem) || (ending === 'র' && !BENGALI_VOWEL_END.test(stem))) continue;
    if (isIndicGivenName(stem)) return { stem, ending };
  }
  return undefined;
}
