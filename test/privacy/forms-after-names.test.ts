/**
 * A form of address said after the name, as colleagues write it inside English: Indian English "Ramesh
 * sir", "Anil bhai", "Kavitha madam", Tamil and Telugu "Suresh anna", "Deepa akka", "Rao garu", Turkish
 * "Selin Hanım", Japanese "Tanaka kun". The name before the form is the
 * person; the form alone is no name, and a form after an ordinary word ("yes sir", "thank you madam",
 * "ok bhai", "Dear Sir or Madam") names nobody. The span may hold the form with the name ("Anil bhai"): one
 * placeholder for the two, rather than the name masked and the form left as a second name. Written before
 * any rule for them.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const FORM_AFTER = / (?:sir|madam|ma['’]am|bhai|didi|anna|akka|garu|hanım|kun)$/iu;

/** The names found, each without a form of address its span ends in. */
function namesFound(text: string): string[] {
  return foundOfType(text, 'PERSON').map((value) => value.replace(FORM_AFTER, ''));
}

describe('PERSON: the name before a form of address said after it', () => {
  it.each([
    ['Ramesh sir approved the leave request', ['Ramesh']],
    ['pls ask Anil bhai to send the invoice today', ['Anil']],
    ['Kavitha madam wants the report by 5', ['Kavitha']],
    ['Suresh anna said the build is fine now', ['Suresh']],
    ['Deepa akka has the keys to the storeroom', ['Deepa']],
    ['forward the quote to Selin Hanım and cc me', ['Selin']],
    ['Tanaka kun will present the roadmap', ['Tanaka']],
    ['Venkat Rao garu signed the purchase order', ['Venkat Rao']],
    ['ramesh sir approved it, go ahead', ['ramesh']],
    ['the laptop for Priya didi is ready at the IT desk', ['Priya']],
  ])('finds the person in %j', (text, names) => {
    expect(namesFound(text)).toEqual(names);
  });

  it.each([
    'yes sir, will do by eod',
    'thank you madam for the quick reply',
    'Dear Sir or Madam, please find the invoice attached',
    'ok bhai done, pushed the fix',
    'Sorry ma’am, the office is closed on sunday',
    'the Office Sir template is in the shared drive',
    'set the due date to 15 jan and ping me',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
