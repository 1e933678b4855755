import { personBetween, type Candidate } from './types.ts';

/**
 * Names in Hindi, Marathi, Nepali and Bengali text by the honorific or kin word after them, anywhere in a sentence:
 * "शर्मा जी", "सुनीता शर्मा जी", "अग्रवाल साहब", "गुप्ता सर", "सिन्हा मैडम", "राहुल भैया", "प्रिया दीदी", "সুমন দা", "রিনা আপা",
 * "তানভীর ভাই". Such words follow a person; a name they follow need be in no list. A formal one (जी, साहब, सर, मैडम,
 * সাহেব, স্যার) follows a surname or a full name, so the word before may join; a kin word (भैया, दीदी, দা, আপা) follows a
 * given name alone. Not a god ("हनुमान जी", "গণেশ"), a role ("मैनेजर साहब", "ড্রাইভার ভাই"), a number ("দুই ভাই", two
 * brothers), a grammar word, or an imperative before "bro" ("रहो भाई", "চলো ভাই"). A kin word right before the honorific
 * ("सपना बहन जी") is part of it, and the name is the word before that.
 */
const WORD = String.raw`[\p{Script=Devanagari}\p{Script=Bengali}]+`;
const FORMAL = ['जी', 'साहब', 'साहेब', 'सर', 'मैडम', 'सरांना', 'সাহেব', 'স্যার'];
const KIN = ['भैया', 'भइया', 'दीदी', 'भाई', 'बहन', 'ताई', 'भाऊ', 'दाइ', 'दिदी', 'দা', 'দি', 'আপা', 'ভাই', 'বাবু', 'দিদি', 'দাদা'];
const WORDS = new RegExp(WORD, 'gu');
const HONORIFIC = new RegExp(String.raw`((?:${WORD}[ \t\u00a0]){1,3})(${[...FORMAL, ...KIN].join('|')})(?![\p{L}\p{M}])`, 'gu');
const FORMAL_WORDS: ReadonlySet<string> = new Set(FORMAL);
const HONORIFIC_WORDS: ReadonlySet<string> = new Set([...FORMAL, ...KIN]);
const HINT = /[\p{Script=Devanagari}\p{Script=Bengali}]/u;
/**
 * Words that take an honorific or stand before a name and are no private person: gods and saints, roles, numbers,
 * grammar words, times ("कल शर्मा जी" is Sharma-ji tomorrow). A short closed list of each kind, in Hindi and Bengali.
 */
const NOT_NAMES: ReadonlySet<string> = new Set(
  `हनुमान गणेश गणपति राम कृष्ण शिव साईं बाबा गुरु माता लक्ष्मी दुर्गा सरस्वती भगवान प्रभु
   মা দুর্গা গণেশ কালী লক্ষ্মী সরস্বতী ঠাকুর গুরু বাবা
   मैनेजर डॉक्टर मास्टर पंडित ड्राइवर गार्ड चौकीदार बॉस टीचर प्रिंसिपल सीईओ एचआर मालिक दुकानदार
   ম্যানেজার ডাক্তার মাস্টার ড্রাইভার দারোয়ান বস টিচার স্যার মালিক দোকানদার চাচা মামা
   एक दो तीन चार पांच पाँच छह सात आठ नौ दस दोनों सब এক দুই তিন চার পাঁচ দুজন সব
   का की के को से में है हैं था थी और या तो ही ने भी आप तुम हम मैं यह वह कौन क्या अरे ओ हाँ नहीं ठीक अच्छा
   এর কে রা আর বা তো ও আপনি তুমি আমি আমরা কে কী হ্যাঁ না ঠিক আচ্ছা
   कल आज अभी परसों सुबह शाम रात फिर আজ কাল এখন সকাল বিকেল রাত আবার`.split(/\s+/u),
);
/** An imperative before "bro" ("रहो भाई", "चलो भाई", "চলো ভাই"): Hindi's end in -ो, Bengali's in -ো. */
const IMPERATIVE = /[ोো]$/u;

export function detectIndicHonorificNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(HONORIFIC)) {
    const words = [...match[1]!.matchAll(WORDS)].map((word) => ({ text: word[0], start: match.index + word.index }));
    // A kin word before a formal one ("बहन जी") belongs to the honorific.
    while (words.length > 0 && HONORIFIC_WORDS.has(words.at(-1)!.text)) words.pop();
    const last = words.at(-1);
    if (last === undefined || !isNameWord(last.text) || (IMPERATIVE.test(last.text) && !FORMAL_WORDS.has(match[2]!))) continue;
    const before = words.at(-2);
    const first = before !== undefined && FORMAL_WORDS.has(match[2]!) && isNameWord(before.text) && !IMPERATIVE.test(before.text) ? before : last;
    found.push(personBetween(text, first.start, last.start + last.text.length));
  }
  return found;
}

function isNameWord(word: string): boolean {
  return [...word].length >= 2 && !NOT_NAMES.has(word) && !HONORIFIC_WORDS.has(word);
}
