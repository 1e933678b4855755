import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * Someone's family or household member, then a capitalised name: the name is theirs whatever follows it
 * ("staying with her cousin Wanjiru for a week"). A job's post needs more (a doing, a comma, the end): "our
 * partner Twilio" is a firm.
 */
describe('PERSON: a relative or housemate named after whose they are', () => {
  it.each([
    ['she is staying with her cousin Wanjiru for two weeks, can you add that to the visa letter', 'Wanjiru'],
    ['my nephew Teodor needs a reference for his internship at the council', 'Teodor'],
    ['his mother-in-law Zuleika moved in over the summer so he is remote till march', 'Zuleika'],
    ['can you draft a note to our landlord, my flatmate Ikaika has the keys this week', 'Ikaika'],
    ['their grandmother Ilse turned 90 in may, the family wants a short speech', 'Ilse'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves firms and products after a business relation or a possessive thing', () => {
    expect(persons('our partner Twilio raised the sms price again')).toEqual([]);
    expect(persons('my mum Googled the symptoms and now she is worried')).toEqual([]);
  });
});

describe('PERSON: a post with a word of when or how before it, then who holds it', () => {
  it.each([
    ['pls welcome our new intern Sol! she is in the Lisbon office', 'Sol'],
    ['can my direct report Rich get access to the finance drive', 'Rich'],
    ['our new hire Destiny starts on the 4th, desk is ready', 'Destiny'],
    ['ask our intern Marisol to update the tracker', 'Marisol'],
    ['her former manager Hope can vouch for the promotion', 'Hope'],
  ])('masks the holder: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['attached my report Summary for the board', 'our new intern Slack channels are muted for now', 'our new hire Induction starts monday at 9'])(
    'leaves a document or a tool after the post alone: %s',
    (text) => {
      expect(persons(text)).toEqual([]);
    },
  );
});
