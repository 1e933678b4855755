import { isIndicGivenName, JOINED_GENITIVES, joinedNameStem } from './indic-given-names.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
import { isIndicNonName } from './detect-person-indic-honorifics.ts';
import { type FoundWord, wordsMatching } from './regex-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A given name alone in Hindi, Marathi, Nepali or Bengali text, where no capital marks it and the name is often a word of
 * the language too ("आशा" hope, "पूजा" worship, "আলো" light): a name of the lists read in Latin letters
 * (indic-given-names.ts) that stands where the grammar puts a person —
 * - with a case ending or kin word joined to it (isNameWithItsCase): "ফাহিমকে call করো", "सुजनलाई भन्दिनु", "मृणालने deploy
 *   केला", "রিনার PR", "মৌমিতাদি আজ WFH";
 * - before the ergative or dative postposition, or a kin word or form of address, written apart: "ऋषभ ने", "विनीता को",
 *   "दीपक भैया", "আলো আপা", "নাজমুল ভাইয়ের নম্বর"; before the genitive only when a person's thing follows ("अमित का laptop");
 * - addressed, opening a sentence before a comma: "तरुण, तुम्हारा IP…", "কাজল, তোমার PR…";
 * - joined to another such name by "and" or in a list with one: "हर्ष और ईशा", "পলাশ আর শিমুল";
 * - introducing oneself: "मैं पूनम अग्रवाल बोल रही हूँ", "আমি রুবিনা"; after a form's "name" ("नाम संगीता यादव").
 * A surname of the lists right after the given name joins it ("रोहिणी जोशी", "সুস্মিতা মিত্রের").
 */
const WORD = /[\p{Script=Devanagari}\p{Script=Bengali}]+/gu;
const HINT = /[\u0900-\u09ff]/u;
/**
 * Postpositions written apart after a person: the ergative and the dative. The genitive "का/की/के" only before what a person
 * has: it follows the names that are words as often ("पूजा की तैयारी", the puja's preparations; "कमल का फूल"); not "ले",
 * also "take" ("ले आए").
 */
const POSTPOSITIONS: ReadonlySet<string> = new Set(['ने', 'को']);
/** Kin words and forms of address after a name ("दीपक भैया", "আলো আপা", "वैशाली ताई", "बिकास दाइ"), with their case endings joined. */
const KIN_AFTER: readonly string[] = ['भैया', 'भइया', 'दीदी', 'दी', 'भाई', 'बहन', 'ताई', 'भाऊ', 'दाइ', 'दिदी', 'दादा', 'काका', 'मावशी', 'ভাইয়া', 'ভাই', 'দাদা', 'দিদি', 'দা', 'দি', 'আপা', 'আপু', 'বাবু', 'খালা', 'মাসি', 'কাকু'];
const KIN_ENDINGS: ReadonlySet<string> = new Set(['', 'র', 'ের', 'এর', 'য়ের', 'কে', 'কো', 'ला', 'ना', 'ंना', 'ची', 'चा', 'ने', 'को', 'लाई']);
const AND_WORDS: ReadonlySet<string> = new Set(['और', 'व', 'र', 'आणि', 'आर', 'আর', 'ও', 'এবং']);
const IMPERATIVE = /[ोো]$/u;
/** Words that open a sentence before a comma and address no one: "ख़ैर," (anyway), "अच्छा,", "वाह,", "বাহ,". */
const INTERJECTIONS: ReadonlySet<string> = new Set(['ख़ैर', 'खैर', 'अच्छा', 'ठीक', 'बस', 'वाह', 'अरे', 'हाय', 'उफ़', 'বাহ', 'আচ্ছা', 'ঠিক', 'আরে', 'উফ']);
/** "Name" in Hindi, Nepali, Marathi and Bengali. */
const NAME_LABELS: ReadonlySet<string> = new Set(['नाम', 'नाव', 'नांव', 'নাম']);
/** A date, a phone or an id in the text: what makes it a form rather than talk about a name. */
const FORM_NUMBER = /[\d०-९০-৯]{2}[\d०-९০-৯ ./-]{4,}[\d०-९০-৯]/u;
/** "I" before one's own name: Hindi, Marathi, Nepali, Bengali. */
const I_WORDS: ReadonlySet<string> = new Set(['मैं', 'मी', 'म', 'আমি']);
/** What opens a sentence or clause: the text's start, a line break, a stop, a danda, a dash or a colon. */
const OPENING = /(?:^|[\n.!?।॥:;—–-])[ \t"'‘“(]*$/u;

export function detectIndicGivenNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words = wordsMatching(WORD, text);
  const found: Candidate[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    // "দুর্গা পূজার" is the worship of a goddess: a name after a god's is the feast's.
    if (isNameWithItsCase(text, words, index) && !(index > 0 && isIndicNonName(words[index - 1]!.text))) {
      found.push(personBetween(text, word.start, word.end));
      continue;
    }
    if (!isIndicGivenName(word.text) || !isPersonPlace(text, words, index)) continue;
    const surname = words[index + 1];
    const end = surname !== undefined && isSurnameAfter(text, word, surname) ? surname.end : word.end;
    found.push(personBetween(text, word.start, end));
  }
  return found;
}

/**
 * A listed name with a case ending joined: the dative or ergative ("ফাহিমকে", "सुजनलाई", "सायलीला", "आस्थाले"), Marathi's
 * and Nepali's "-ला", "-ने", "-ले" only in their text (Hindi's "निकाला" is a verb); the genitive only before what a person
 * has — a number, a name, an address, a home, a phone, an account or card, pay, a device, or a word in Latin
 * letters ("রিনার PR", "सीताको नम्बर", "ओंकारचा laptop").
 */
function isNameWithItsCase(text: string, words: readonly FoundWord[], index: number): boolean {
  const joined = joinedNameStem(words[index]!.text);
  if (joined === undefined) return false;
  if (SHORT_STEM_ENDINGS.has(joined.ending) && !MARATHI_OR_NEPALI.test(text)) return false;
  if (!JOINED_GENITIVES.has(joined.ending)) return true;
  return ownsAPersonalThing(text, words[index]!.end);
}

/** The word after `end` is what a person has (PERSONAL_THINGS) or a word in Latin letters ("PR", "laptop", "IBAN"). */
function ownsAPersonalThing(text: string, end: number): boolean {
  const owned = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  return owned !== undefined && (LATIN_WORD.test(owned) || PERSONAL_THINGS.some((thing) => owned.startsWith(thing)));
}

const GENITIVES: ReadonlySet<string> = new Set(['का', 'की', 'के']);

const SHORT_STEM_ENDINGS: ReadonlySet<string> = new Set(['ला', 'ने', 'ले']);
/** Words only Marathi or Nepali write among these languages: "आहे", "आणि", "नाही", "मध्ये"; "छ", "हो", "भयो", "पनि". */
const MARATHI_OR_NEPALI = /(?:^|[^\p{L}\p{M}])(?:आहे|आहेत|आणि|नाही|मध्ये|झाला|केला|सांग|छ|छन्|भयो|पनि|गर्नु|हुन्छ)(?![\p{L}\p{M}])/u;
const LATIN_WORD = /^\p{Script=Latin}/u;
const WORD_AFTER = /^[ \t]*([\p{L}\p{M}]+)/u;
/**
 * What a person has, in Bengali, Nepali, Marathi and Hindi: number, name, address, home, phone, birth, account, card, pay, a
 * device. Not leave ("পূজার ছুটি" is the Puja holiday).
 */
const PERSONAL_THINGS: readonly string[] = [
  'নম্বর', 'নাম', 'ঠিকানা', 'বাড়ি', 'বাসা', 'ফোন', 'জন্ম', 'অ্যাকাউন্ট', 'কার্ড', 'বেতন', 'ল্যাপটপ', 'ইমেইল', 'পাসওয়ার্ড', 'কাছে',
  'नम्बर', 'नंबर', 'नाम', 'नाव', 'ठेगाना', 'पत्ता', 'घर', 'फोन', 'फ़ोन', 'जन्म', 'खाता', 'कार्ड', 'तलब', 'पगार', 'ल्यापटप', 'लॅपटॉप', 'इमेल', 'ईमेल', 'पासवर्ड', 'मोबाइल', 'आधार', 'पैन', 'पासपोर्ट', 'वेतन', 'सैलरी',
];

function isPersonPlace(text: string, words: readonly FoundWord[], index: number): boolean {
  const word = words[index]!;
  const next = nextWord(text, words, index);
  const surname = next !== undefined && isSurnameAfter(text, word, next);
  const after = surname ? nextWord(text, words, index + 1) : next;
  // An imperative before a kin word is someone told to do something ("cool रहो भाई", stay cool, brother): Hindi's end in -ो, Bengali's in -ো.
  if (after !== undefined && (POSTPOSITIONS.has(after.text) || (isKinWord(after.text) && !IMPERATIVE.test(word.text)))) return true;
  // The genitive written apart, before what a person has: "अमित का laptop", "सुमित के घर का IP" (not "पूजा की तैयारी").
  if (after !== undefined && GENITIVES.has(after.text) && ownsAPersonalThing(text, after.end)) return true;
  // One word addressed: "शान्ति चाई, …" (peace, I want) is no given name and surname; "শোনো," (listen) is an imperative.
  if (OPENING.test(text.slice(Math.max(0, word.start - 4), word.start)) && /^[ \t]*,/u.test(text.slice(word.end, word.end + 3))) return !IMPERATIVE.test(word.text) && !INTERJECTIONS.has(word.text);
  if (isJoinedToAName(text, words, index, surname ? index + 1 : index)) return true;
  const before = previousWord(text, words, index);
  // A form's "name" written before it without a colon, in a form: "नाम संगीता यादव, जन्म तिथि 07/11/1993"; "इसका नाम बदल दो"
  // (change its name) holds no number.
  if (before !== undefined && NAME_LABELS.has(before.text)) return FORM_NUMBER.test(text);
  if (before === undefined || !I_WORDS.has(before.text)) return false;
  // "I, Rubina," / "I am Poonam Agarwal speaking": the name ends the clause or a verb of speaking follows; "আমি বের হচ্ছি" is "I'm going out".
  const end = surname ? next.end : word.end;
  const following = surname ? nextWord(text, words, index + 1) : next;
  return /^[ \t]*(?:[,.!?।'"’”]|$)/u.test(text.slice(end, end + 2)) || (following !== undefined && SPEAKING.has(following.text));
}

/** Verbs of speaking after "I" and a name, on the phone: Hindi, Marathi, Nepali, Bengali. */
const SPEAKING: ReadonlySet<string> = new Set(['बोल', 'बोलत', 'बोलतोय', 'बोलतेय', 'बोलतो', 'बोलते', 'बोल्दै', 'বলছি', 'বলছিলাম']);

/**
 * A kin word alone or with its case ending ("ভাইয়ের", "খালার"); the short ones ("দা", "দি") with the genitive only ("দির"):
 * "দিকে" (towards) is no "দি" + "কে".
 */
function isKinWord(word: string): boolean {
  return KIN_AFTER.some((kin) => {
    if (!word.startsWith(kin)) return false;
    const ending = word.slice(kin.length);
    return KIN_ENDINGS.has(ending) && (ending === '' || [...kin].length >= 3 || ending === 'র');
  });
}

/**
 * "हर्ष और ईशा", "পলাশ আর শিমুল", "प्रकाश गुरुङ र मनिषा तामाङ", "আমি, সঞ্চিতা, আর বাপ্পাদা": an "and" or a list's comma between
 * this name (ending at the word `last`, its surname's when it has one) and another.
 */
function isJoinedToAName(text: string, words: readonly FoundWord[], index: number, last: number): boolean {
  const isName = (word: FoundWord | undefined) => word !== undefined && (isIndicGivenName(word.text) || joinedNameStem(word.text) !== undefined);
  const next = nextWord(text, words, last);
  if (next !== undefined && AND_WORDS.has(next.text) && isName(nextWord(text, words, last + 1))) return true;
  const before = previousWord(text, words, index);
  if (before !== undefined && AND_WORDS.has(before.text) && isName(previousWord(text, words, index - 1))) return true;
  // In a list: a comma after, then an "and" and a name.
  if (/^[ \t]*,[ \t]*$/u.test(text.slice(words[index]!.end, words[index + 1]?.start ?? text.length))) {
    const following = words[index + 1];
    return following !== undefined && AND_WORDS.has(following.text) && isName(nextWord(text, words, index + 1));
  }
  return false;
}

/** A listed surname right after a given name ("रोहिणी जोशी", "সুস্মিতা মিত্রের"): no grammar word, apart by one space. */
function isSurnameAfter(text: string, given: FoundWord, word: FoundWord): boolean {
  if (text.slice(given.end, word.start) !== ' ' || isScriptGrammarWord(word.text) || POSTPOSITIONS.has(word.text) || isKinWord(word.text) || IMPERATIVE.test(word.text)) return false;
  return isIndicGivenName(word.text) || joinedNameStem(word.text) !== undefined;
}

/** The next word when only spaces stand between them. */
function nextWord(text: string, words: readonly FoundWord[], index: number): FoundWord | undefined {
  const next = words[index + 1];
  return next !== undefined && /^[ \t\u00a0]+$/u.test(text.slice(words[index]!.end, next.start)) ? next : undefined;
}

function previousWord(text: string, words: readonly FoundWord[], index: number): FoundWord | undefined {
  const previous = words[index - 1];
  return previous !== undefined && /^[ \t\u00a0,]+$/u.test(text.slice(previous.end, words[index]!.start)) ? previous : undefined;
}
