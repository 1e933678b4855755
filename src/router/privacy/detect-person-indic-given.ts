import { isIndicGivenName, JOINED_GENITIVES, joinedNameStem } from './indic-given-names.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
import { IMPERATIVE, isIndicNonName } from './detect-person-indic-honorifics.ts';
import { type FoundWord, wordsMatching } from './regex-matches.ts';
import { opensAfter } from './text-scan.ts';
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
/**
 * Marathi's respectful plural after a person, written apart, in its cases: "शबाना मुल्ला यांना", "दिलीप जाधव यांनी",
 * "स्वाती शिंदे यांच्याकडून". Nepali's ergative and dative written apart after a given name and surname ("…मियाँ ले", "…थापा
 * लाई"); alone "ले" is also "take" in Hindi ("ले आए"), so only after a full name.
 */
const RESPECT_AFTER: ReadonlySet<string> = new Set(['यांना', 'यांनी', 'यांचे', 'यांची', 'यांचा', 'यांच्या', 'यांच्याकडून', 'यांच्याकडे', 'यांच्याशी', 'यांच्यासोबत']);
const FULL_NAME_POSTPOSITIONS: ReadonlySet<string> = new Set(['ले', 'लाई']);
/** A form of address typed in Latin letters after a name: "नविन ढकाल sir को", "হাবিবুর রহমান sir", "प्रिया ma'am". */
const LATIN_ADDRESS_AFTER = /^[ \t]+(?:sir|madam|ma['’]?am|mam|ji|bhai|bhaiya|didi|dada|sahab|saab)(?![\p{L}\p{M}])/iu;
/** Kin words and forms of address after a name ("दीपक भैया", "আলো আপা", "वैशाली ताई", "बिकास दाइ"), with their case endings joined. */
const KIN_AFTER: readonly string[] = ['भैया', 'भइया', 'दीदी', 'दी', 'भाई', 'बहन', 'ताई', 'भाऊ', 'दाइ', 'दिदी', 'दादा', 'काका', 'मावशी', 'ভাইয়া', 'ভাই', 'দাদা', 'দিদি', 'দা', 'দি', 'আপা', 'আপু', 'বাবু', 'খালা', 'মাসি', 'কাকু'];
const KIN_ENDINGS: ReadonlySet<string> = new Set(['', 'র', 'ের', 'এর', 'য়ের', 'কে', 'কো', 'ला', 'ना', 'ंना', 'ची', 'चा', 'ने', 'को', 'लाई']);
const AND_WORDS: ReadonlySet<string> = new Set(['और', 'व', 'र', 'आणि', 'आर', 'আর', 'ও', 'এবং']);
/** Words that open a sentence before a comma and address no one: "ख़ैर," (anyway), "अच्छा,", "वाह,", "বাহ,". */
const INTERJECTIONS: ReadonlySet<string> = new Set(['ख़ैर', 'खैर', 'अच्छा', 'ठीक', 'बस', 'वाह', 'अरे', 'हाय', 'उफ़', 'বাহ', 'আচ্ছা', 'ঠিক', 'আরে', 'উফ']);
/** "Name" in Hindi, Nepali, Marathi and Bengali. */
const NAME_LABELS: ReadonlySet<string> = new Set(['नाम', 'नाव', 'नांव', 'নাম']);
/** A date, a phone or an id in the text: what makes it a form rather than talk about a name. */
const FORM_NUMBER = /[\d०-९০-৯]{2}[\d०-९০-৯ ./-]{4,}[\d०-९০-৯]/u;
/** "I" before one's own name: Hindi, Marathi, Nepali, Bengali. */
const I_WORDS: ReadonlySet<string> = new Set(['मैं', 'मी', 'म', 'আমি']);
/**
 * What opens a sentence or clause: the text's start, a line break, a stop, a danda, a dash or a colon (OPENING_STOPS), with
 * only spaces, quotation marks or a bracket (OPENING_LEAD) between it and the clause's first word.
 */
const OPENING_LEAD = ' \t"\'‘“(';
const OPENING_STOPS = '\n.!?।॥:;—–-';

export function detectIndicGivenNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words = wordsMatching(WORD, text);
  const found: Candidate[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    // "দুর্গা পূজার" is the worship of a goddess, "आंबेडकर जयंतीला" the anniversary of a birth: a name after a god's, or a birth
    // anniversary after someone's name, is the feast's.
    if (isNameWithItsCase(text, words, index) && !(index > 0 && (isIndicNonName(words[index - 1]!.text) || isAnniversary(joinedNameStem(word.text)?.stem)))) {
      found.push(personBetween(text, word.start, word.end));
      continue;
    }
    // "Name" reads as a listed name ("naam", "nam"); as a form's label it opens the name after it, never one itself.
    if (NAME_LABELS.has(word.text) || !isIndicGivenName(word.text)) continue;
    const last = lastNameWord(text, words, index);
    if (isPersonPlace(text, words, index, last)) found.push(personBetween(text, word.start, words[last]!.end));
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

/**
 * The word after `end` is what a person has (PERSONAL_THINGS), a word in Latin letters ("PR", "laptop", "IBAN"), or the genitive
 * says someone speaks for them (ON_BEHALF).
 */
function ownsAPersonalThing(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  const owned = WORD_AFTER.exec(after)?.[1];
  return owned !== undefined && (LATIN_WORD.test(owned) || PERSONAL_THINGS.some((thing) => owned.startsWith(thing)) || ON_BEHALF.test(after));
}

/**
 * On someone's behalf, after the genitive: "रश्मि की तरफ़ से message" — "से" included: "की तरफ" alone is "towards" ("सूरज की
 * तरफ देखो", look at the sun). Not "with" ("के साथ", "-র সাথে"): a word-name takes it as often as a person ("सूरज की पहली किरण के
 * साथ", with the sun's first ray).
 */
const ON_BEHALF = /^[ \t]*तरफ़?[ \t]+से(?![\p{L}\p{M}])/u;
/**
 * Nepali asks someone "with" them: "दिपेन्द्र राई सँग सोध्नुस्" (ask Dipendra Rai). Not Hindi's "X से पूछो/बात करो": "से" makes
 * adverbs of the nouns that are names too ("आराम से बात करो", talk calmly; "ध्यान से", "शांति से", "प्रेम से बोलो").
 */
const ASKED_AFTER_WITH = /^[ \t]+सँग[ \t]+(?:सोध|कुरा[ \t]+गर)/u;

/** The genitive written apart: Hindi's, and Bengali's "এর" after a name it does not join ("তানভীর হাসান এর phone"). */
const GENITIVES: ReadonlySet<string> = new Set(['का', 'की', 'के', 'এর']);

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

/** `last`: the last word of the name the given name at `index` opens (lastNameWord). */
function isPersonPlace(text: string, words: readonly FoundWord[], index: number, last: number): boolean {
  const word = words[index]!;
  const full = last > index;
  const nameEnd = words[last]!.end;
  const after = nextWord(text, words, last);
  // A postposition, Marathi's respectful "यांना"…, or a kin word after the name. An imperative before a kin word is someone told
  // to do something ("cool रहो भाई", stay cool, brother): Hindi's end in -ो, Bengali's in -ো.
  if (after !== undefined && (POSTPOSITIONS.has(after.text) || RESPECT_AFTER.has(after.text) || (isKinWord(after.text) && !IMPERATIVE.test(word.text)))) return true;
  // Nepali's "ले"/"लाई" written apart after a full name ("सीता थापा लाई"), or "sir" and the like in Latin letters ("नविन ढकाल sir को").
  if ((full && after !== undefined && FULL_NAME_POSTPOSITIONS.has(after.text)) || LATIN_ADDRESS_AFTER.test(text.slice(nameEnd, nameEnd + 8))) return true;
  // The genitive written apart, before what a person has: "अमित का laptop", "सुमित के घर का IP" (not "पूजा की तैयारी").
  if (after !== undefined && GENITIVES.has(after.text) && ownsAPersonalThing(text, after.end)) return true;
  // A surname with its case joined, where a given name would have it: "रोहिणी जोशींना विचारा", "रामप्रसाद भट्टराईको घर".
  if (full && isNameWithItsCase(text, words, last)) return true;
  if (ASKED_AFTER_WITH.test(text.slice(nameEnd, nameEnd + 24))) return true;
  // Opening its clause before a comma: one word addressed ("तरुण, तुम्हारा IP…"); a given name and a surname heading a
  // record's fields ("दिव्या नायर, जन्म 5 जनवरी 1993", a CSV row's "हेमंत जोशी,Pune,98231…"), so only with a form's number
  // in the message — "শান্তি চাই, …" (peace, I want) and "আল্লাহ হাফেজ, …" (goodbye) read as two names too. "শোনো," (listen)
  // is an imperative.
  if (opensAfter(text, word.start, OPENING_LEAD, OPENING_STOPS) && /^[ \t]*,/u.test(text.slice(nameEnd, nameEnd + 3))) {
    return !IMPERATIVE.test(word.text) && !INTERJECTIONS.has(word.text) && (!full || FORM_NUMBER.test(text));
  }
  // A full name that is its whole line, as a signature or a form writes it ("धन्यवाद, ⏎ संजय मिश्रा ⏎ Team Lead ⏎ +91…", "…बन्दोपाध्याय –
  // Tech Lead"), in a message with a form's number: greetings and set phrases are two listed words alone on a line too ("शुभ
  // प्रभात", "चंद्र ग्रहण"). Or a whole cell of a comma-separated row ("1042,संजय कुमार पांडे,Pune,DevOps").
  if (full && opensLine(text, word.start) && endsLine(text, nameEnd) && FORM_NUMBER.test(text)) return true;
  if (full && isRowCell(text, word.start, nameEnd)) return true;
  if (isJoinedToAName(text, words, index, last)) return true;
  const before = previousWord(text, words, index);
  // A form's "name" written before it without a colon, in a form: "नाम संगीता यादव, जन्म तिथि 07/11/1993"; "इसका नाम बदल दो"
  // (change its name) holds no number. A given name and a surname after it are a name given ("माझं नाव अश्विनी देशपांडे").
  if (before !== undefined && NAME_LABELS.has(before.text)) return full || FORM_NUMBER.test(text);
  if (before === undefined || !I_WORDS.has(before.text)) return false;
  // "I, Rubina," / "I am Poonam Agarwal speaking": the name ends the clause or a verb of speaking follows; "আমি বের হচ্ছি" is "I'm going out".
  return /^[ \t]*(?:[,.!?।'"’”]|$)/u.test(text.slice(nameEnd, nameEnd + 2)) || (after !== undefined && SPEAKING.has(after.text));
}

/** What may stand between a line's start and a name on it: spaces, a bullet, a dash, a quote or a bracket. */
const LINE_LEAD = ' \t"\'‘“(•*–—-';

/** Only LINE_LEAD characters between the line's start (or the text's) and `start`. */
function opensLine(text: string, start: number): boolean {
  return opensAfter(text, start, LINE_LEAD, '\n');
}

/** Only spaces between `end` and the line's end (or the text's), or a dash before a title on the same line. */
function endsLine(text: string, end: number): boolean {
  let index = end;
  while (text[index] === ' ' || text[index] === '\t') index += 1;
  if (index >= text.length || text[index] === '\n' || text[index] === '\r') return true;
  return index > end && '–—-'.includes(text[index]!) && (text[index + 1] === ' ' || text[index + 1] === '\t');
}

/** How far a row's other commas are looked for, each side: the rule reads a name's surroundings, never a whole long line. */
const ROW_REACH = 120;

/** The name fills a cell of a comma-separated row: a comma (or the line's edge) on each side, and another comma on its line. */
function isRowCell(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (text[before] === ' ' || text[before] === '\t') before -= 1;
  let after = end;
  while (text[after] === ' ' || text[after] === '\t') after += 1;
  const commaBefore = text[before] === ',';
  const commaAfter = text[after] === ',';
  if (!(commaBefore || before < 0 || text[before] === '\n') || !(commaAfter || after >= text.length || text[after] === '\n' || text[after] === '\r')) return false;
  // At a line's edge, one more comma on the same line beyond the one beside the name.
  return (commaBefore && commaAfter) || (commaBefore && hasCommaOnLine(text, before - 1, -1)) || (commaAfter && hasCommaOnLine(text, after + 1, 1));
}

/** A comma within ROW_REACH characters from `from`, going `step` (-1 back, 1 on), before the line ends. */
function hasCommaOnLine(text: string, from: number, step: -1 | 1): boolean {
  for (let index = from, seen = 0; index >= 0 && index < text.length && seen < ROW_REACH && text[index] !== '\n'; index += step, seen += 1) {
    if (text[index] === ',') return true;
  }
  return false;
}

/** A middle name and a surname at most follow a given name ("रवि कुमार सिंह", "उमेश चंद्र पांडे"). */
const MOST_NAMES_AFTER_GIVEN = 2;

/**
 * The last word of the name the given name at `index` opens: the given name itself, or the listed names after it, one space
 * apart. A surname with a case ending joined ("भट्टराईको", "মিত্রের") ends the name.
 */
function lastNameWord(text: string, words: readonly FoundWord[], index: number): number {
  let last = index;
  while (last - index < MOST_NAMES_AFTER_GIVEN) {
    const next = words[last + 1];
    if (next === undefined || !isSurnameAfter(text, words[last]!, next)) break;
    last += 1;
    if (!isIndicGivenName(next.text) && joinedNameStem(next.text) !== undefined) break;
  }
  return last;
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

/** A birth or death anniversary after a name: "गांधी जयंती", "बुद्ध जयन्ती", "पुण्यतिथि"; "जयंती" alone is a given name too. */
const ANNIVERSARIES: ReadonlySet<string> = new Set(['जयंती', 'जयन्ती', 'पुण्यतिथि', 'জয়ন্তী']);

function isAnniversary(word: string | undefined): boolean {
  return word !== undefined && ANNIVERSARIES.has(word);
}

/** A listed surname right after a given name ("रोहिणी जोशी", "সুস্মিতা মিত্রের"): no grammar word, apart by one space. */
function isSurnameAfter(text: string, given: FoundWord, word: FoundWord): boolean {
  if (text.slice(given.end, word.start) !== ' ' || isScriptGrammarWord(word.text) || POSTPOSITIONS.has(word.text) || RESPECT_AFTER.has(word.text) || FULL_NAME_POSTPOSITIONS.has(word.text) || isKinWord(word.text) || isAnniversary(word.text) || isAnniversary(joinedNameStem(word.text)?.stem)) return false;
  // An imperative's "-ो" ends Nepali's joined genitive "-को" too ("भट्टराईको घर"): a listed name's stem before it says which.
  const joined = joinedNameStem(word.text) !== undefined;
  return (isIndicGivenName(word.text) && !IMPERATIVE.test(word.text)) || joined;
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
