/**
 * Hindi, Marathi, Nepali and Bengali put a formal honorific after a person's name anywhere in a sentence; the name
 * before it need be in no list. Written before the rule, in sentences of our own; the negatives after a fresh-eyes review.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: a name before an Indic honorific', () => {
  it.each([
    ['आज मीटिंग में वर्मा जी नहीं आएंगे', ['वर्मा']],
    ['रचना त्रिपाठी जी का approval चाहिए', ['रचना त्रिपाठी']],
    ['প্লিজ রহমান সাহেবকে বলে দিন', []],
    ['আজ মজুমদার সাহেব অফিসে আসবেন না', ['মজুমদার']],
    // A kin word before a formal one belongs to the honorific; a time word before a surname does not join it.
    ['सीमा बहन जी से पूछ लो', ['सीमा']],
    ['कल पाठक जी छुट्टी पर हैं', ['पाठक']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    // A god, a role, kin words after words that are no names (kin words alone are not read), a family word, a greeting,
    // a possessive, the one who sells, "सर" as the head.
    'गणेश जी की आरती शाम को है',
    'ड्राइवर भैया गाड़ी ले आए',
    'ওরা তিন ভাই একসাথে থাকে',
    'शांत रहो भाई, सब ठीक हो जाएगा',
    'दादाजी और पापा जी कल आएंगे',
    'नमस्ते जी, मीटिंग शुरू करें?',
    'आज मेरे सर छुट्टी पर हैं',
    'फल वाले साहब आज नहीं आए',
    'कल से सर दर्द है',
    // A role and a polite imperative before the honorific.
    'इंजीनियर साहब कब आएंगे?',
    'बताइए जी, कब तक होगा?',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
