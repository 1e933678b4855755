/**
 * Phones, cards, identifiers and dates of birth said aloud: "four one five, five five five, zero one seven three", "five one
 * nine five, seven six zero seven, …", "plus thirty one six one two…", "born the fifth of may nineteen ninety three". The number detectors read the text's spoken-number view
 * (spoken-numbers.ts); what they find there over a spoken run is mapped back to the words that said it.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { detectAnsweredQuestions } from './answered-questions.ts';
import { detectCreditCards } from './detect-credit-card.ts';
import { detectDatesOfBirth } from './detect-date-of-birth.ts';
import { detectIdNumbers } from './detect-id-numbers.ts';
import { detectNationalIds } from './detect-national-ids.ts';
import { detectPhones } from './detect-phone.ts';
import { detectUsSsns } from './detect-us-ssn.ts';
import { spokenNumberView } from './spoken-numbers.ts';
import type { Candidate } from './types.ts';

export function detectSpokenNumbers(text: string, regions: readonly CountryCode[]): Candidate[] {
  const view = spokenNumberView(text);
  if (view === undefined) return [];
  const found = [...detectCreditCards(view.text), ...detectUsSsns(view.text), ...detectPhones(view.text, regions), ...detectIdNumbers(view.text), ...detectNationalIds(view.text), ...detectDatesOfBirth(view.text), ...detectAnsweredQuestions(view.text)];
  return found
    .filter((candidate) => view.touchesSpoken(candidate.start, candidate.end))
    .map((candidate) => {
      const { start, end } = view.toText(candidate.start, candidate.end);
      return { ...candidate, start, end, value: text.slice(start, end) };
    });
}
