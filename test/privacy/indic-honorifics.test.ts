/**
 * Hindi, Marathi, Nepali and Bengali put an honorific or a kin word after a person's name anywhere in a sentence; the
 * name before it need be in no list. Written before the rule, in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: a name before an Indic honorific or kin word', () => {
  it.each([
    ['आज मीटिंग में वर्मा जी नहीं आएंगे', ['वर्मा']],
    ['रचना त्रिपाठी जी का approval चाहिए', ['रचना त्रिपाठी']],
    ['प्लीज़ नितिन भैया को बोल दो', ['नितिन']],
    ['কাল অয়ন দা ছুটিতে থাকবে', ['অয়ন']],
    ['ফারহানা আপা রিপোর্ট পাঠিয়েছেন', ['ফারহানা']],
    // A kin word before a formal one belongs to the honorific; a time word before a surname does not join it.
    ['सीमा बहन जी से पूछ लो', ['सीमा']],
    ['कल पाठक जी छुट्टी पर हैं', ['पाठक']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    // A god, a role, a number of brothers, an imperative before "bro".
    'गणेश जी की आरती शाम को है',
    'ड्राइवर भैया गाड़ी ले आए',
    'ওরা তিন ভাই একসাথে থাকে',
    'शांत रहो भाई, सब ठीक हो जाएगा',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
