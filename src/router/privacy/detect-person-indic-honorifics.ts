import { personBetween, type Candidate } from './types.ts';

/**
 * Names in Hindi, Marathi, Nepali and Bengali text by the formal honorific after them, anywhere in a sentence: "शर्मा
 * जी", "सुनीता शर्मा जी", "अग्रवाल साहब", "गुप्ता सर", "सिन्हा मैडम", "করিম সাহেব". Such a word follows a person; a name it
 * follows need be in no list, and the word before may join (a full name). Not a god ("हनुमान जी"), a family word
 * ("पापा जी", "दादी जी"), a possessive ("मेरे सर"), a greeting ("नमस्ते जी", "थैंक यू सर"), a role ("मैनेजर साहब",
 * "चाय वाले …"), a number, a grammar or time word, nor "सर" as the head ("सर दर्द"). A kin word right before the
 * honorific ("सपना बहन जी") is part of it, and the name is the word before that. Kin words alone (भैया, दीदी, भाई, দা,
 * আপা) were tried and dropped: a fresh-eyes review found them after family words, adjectives, greetings and verbs ("चल
 * भाई", "আরে ভাই", "বড় ভাই") far more often than after names a list could not confirm.
 */
const WORD = String.raw`[\p{Script=Devanagari}\p{Script=Bengali}]+`;
const FORMAL = ['जी', 'साहब', 'साहेब', 'सर', 'मैडम', 'सरांना', 'সাহেব', 'স্যার'];
const KIN = ['भैया', 'भइया', 'दीदी', 'भाई', 'बहन', 'ताई', 'भाऊ', 'दाइ', 'दिदी', 'দা', 'দি', 'আপা', 'ভাই', 'বাবু', 'দিদি', 'দাদা'];
const WORDS = new RegExp(WORD, 'gu');
const HONORIFIC = new RegExp(String.raw`((?:${WORD}[ \t\u00a0]){1,3})(${FORMAL.join('|')})(?![\p{L}\p{M}])`, 'gu');
const HONORIFIC_WORDS: ReadonlySet<string> = new Set([...FORMAL, ...KIN]);
const HINT = /[\p{Script=Devanagari}\p{Script=Bengali}]/u;
/**
 * Words that take an honorific or stand before a name and are no private person: gods and saints, roles, institutions and
 * places that own things as people do ("देश का जन्म", the country's birth), numbers, grammar words, times ("कल शर्मा जी" is Sharma-ji tomorrow), family words, possessives, greetings (English's too, in
 * these scripts). A short closed list of each kind, in Hindi and Bengali.
 */
const NOT_NAMES: ReadonlySet<string> = new Set(
  `हनुमान गणेश गणपति राम कृष्ण शिव साईं बाबा गुरु माता लक्ष्मी दुर्गा सरस्वती भगवान प्रभु
   মা দুর্গা গণেশ কালী লক্ষ্মী সরস্বতী ঠাকুর গুরু বাবা
   मैनेजर डॉक्टर मास्टर पंडित ड्राइवर गार्ड चौकीदार बॉस टीचर प्रिंसिपल सीईओ एचआर मालिक दुकानदार
   ম্যানেজার ডাক্তার মাস্টার ড্রাইভার দারোয়ান বস টিচার স্যার মালিক দোকানদার চাচা মামা
   एक दो तीन चार पांच पाँच छह सात आठ नौ दस दोनों सब এক দুই তিন চার পাঁচ দুজন সব
   का की के को से में है हैं था थी और या तो ही ने भी आप तुम हम मैं यह वह कौन क्या अरे ओ हाँ नहीं ठीक अच्छा
   এর কে রা আর বা তো ও আপনি তুমি আমি আমরা কে কী হ্যাঁ না ঠিক আচ্ছা
   कल आज अभी परसों सुबह शाम रात फिर আজ কাল এখন সকাল বিকেল রাত আবার
   पापा मम्मी माँ मां पिताजी अंकल आंटी दादी दादा नानी नाना चाचा चाची मामी काका काकी भाभी बेटा बेटी बाबूजी आमा बुबा बाबा भाइ बहिनी आई
   मेरा मेरी मेरे तेरा तेरी तेरे आपका आपकी आपके हमारा हमारी हमारे उनका उनकी उनके इनका इनकी
   আমার তোমার আপনার আমাদের ওর ওনার তার
   नमस्ते नमस्कार धन्यवाद शुक्रिया थैंक यू गुड मॉर्निंग नाइट ओके हाँ हां सॉरी प्लीज़ प्लीज
   ধন্যবাদ থ্যাংক ইউ গুড মর্নিং ওকে সরি প্লিজ
   कलेक्टर ऑफिसर अफसर इंस्पेक्टर हेड प्रोजेक्ट नेता मंत्री विधायक सेठ वकील इंजीनियर स्वामी सरदार हजुर चेयरमैन प्रधान
   देश सरकार कंपनी टीम ऑफिस शहर राज्य गाँव गांव দেশ সরকার কোম্পানি অফিস শহর গ্রাম
   অফিসার ইন্সপেক্টর কালেক্টর উকিল ইঞ্জিনিয়ার চেয়ারম্যান ওসি হুজুর`.split(/\s+/u),
);
/** An imperative before the name does not join it ("बोलो शर्मा जी", "বলো করিম সাহেব"): Hindi's end in -ो, Bengali's in -ো. */
export const IMPERATIVE = /[ोো]$/u;

export function detectIndicHonorificNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(HONORIFIC)) {
    const words = [...match[1]!.matchAll(WORDS)].map((word) => ({ text: word[0], start: match.index + word.index }));
    // A kin word before a formal one ("बहन जी") belongs to the honorific.
    while (words.length > 0 && HONORIFIC_WORDS.has(words.at(-1)!.text)) words.pop();
    if (match[2] === 'सर' && HEAD_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
    const last = words.at(-1);
    if (last === undefined || !isNameWord(last.text)) continue;
    const before = words.at(-2);
    const first = before !== undefined && isNameWord(before.text) && !IMPERATIVE.test(before.text) ? before : last;
    found.push(personBetween(text, first.start, last.start + last.text.length));
  }
  return found;
}

/** "चाय वाले भैया", "बैंक वाले शुक्ला जी": the one who sells or works somewhere. */
const DOER_SUFFIX = /(?:वाले|वाला|वाली|ওয়ালা|ওয়ালি)$/u;
/** A polite imperative before "जी" ("सुनिए जी", "बताइए जी"): Hindi's end in -िए/-िये, or -इए after a vowel. */
const POLITE_IMPERATIVE = /[िइ](?:ए|ये)$/u;
/** "मेरा सर दर्द कर रहा है": "सर" is also the head. */
const HEAD_AFTER = /^[ \t]+(?:दर्द|दुख|में|पर)(?![\p{L}\p{M}])/u;

/** A god, role, number, grammar, time, family or greeting word: what takes an honorific and is no one's name. */
export function isIndicNonName(word: string): boolean {
  return NOT_NAMES.has(word) || HONORIFIC_WORDS.has(word);
}

function isNameWord(word: string): boolean {
  return [...word].length >= 2 && !NOT_NAMES.has(word) && !HONORIFIC_WORDS.has(word) && !DOER_SUFFIX.test(word) && !POLITE_IMPERATIVE.test(word);
}
