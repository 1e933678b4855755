import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * A listed name no dictionary has, asked about in a question turned round ("did chidinma get the email", "when
 * is wanjiru back") or waited on ("waiting on oyelaran for the numbers"): what is asked or awaited is a person's.
 */
describe('PERSON: a name asked about or waited on', () => {
  it.each([
    ['did chidinma get the email from legal?', 'chidinma'],
    ['when is wanjiru back from leave', 'wanjiru'],
    ['has temitope signed the NDA yet', 'temitope'],
    ['still waiting on folasade for the numbers', 'folasade'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves tools and words asked about', () => {
    for (const text of ['did kubernetes restart the pod?', 'is staging back up', 'waiting on infra for the quota', 'has grafana alerted yet', 'did Ashby post the job', 'is ramadan over yet']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});
