/** A role written as a label before a person ("manager: glen m.", "First aider: Ngozi", "HM Orlaith"), and a name asked about or spoken to by name. */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string): string[] => foundOfType(text, 'PERSON');

describe('PERSON: the name a role label introduces', () => {
  it.each([
    ['phased return agreed. manager: dale k.', ['dale k.']],
    ['Fire warden: Tamsin (desk 2.07)', ['Tamsin']],
    ['loop for the SRE role: HM Aoibheann, coding round tbd', ['Aoibheann']],
    ['```yaml\n# maintainer: Ikaika Kahananui\nreplicas: 3\n```', ['Ikaika Kahananui']],
    ['data steward: Folasade, custodian: Bartholomew', ['Folasade', 'Bartholomew']],
  ])('finds the person in %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each(['the primary key is wrong and lead time is 3 days', 'on-call handovers moved to tuesdays', 'on-call: Monday', 'backup job failed again', 'owner: bill the client directly', 'primary Aurora instance failed over', 'backup Veeam runs nightly', 'maintainer: Platform team', 'coordinator: Monday'])('leaves %j alone', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('takes the name without its possessive, so a possessive never hides it', () => {
    expect(people("Manager: Scott's team approved it")).toEqual(['Scott']);
    expect(people('Reviewer: Ngozi’s comments are in')).toEqual(['Ngozi']);
  });
});

describe('PERSON: a name the message asks about or speaks to by name', () => {
  it.each([
    ['who\'s "heath" on the payroll export? never seen that login', ['heath']],
    ['which of you is "rowan" in the miro board?', ['rowan']],
    ['the survey mentions "Jude" by name twice', ['Jude']],
    ['who is okonkwo? he approved my PR', ['okonkwo']],
    ['dario/femi can one of you cover the 3pm demo?', ['dario', 'femi']],
  ])('finds the person in %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each(['who is on call this weekend?', 'whos around for lunch', 'who is responsible for the "cache" flag', 'docs/api can one of you review'])('leaves %j alone', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('PERSON: whom a record names — next of kin, beneficiaries, guarantors, numbered contacts', () => {
  it.each([
    ['new starter form:\nnext of kin: Chimwemwe Wood', 'Chimwemwe Wood'],
    ['emergency contact 2: Tadala Stone (sister), 0991 555 210', 'Tadala Stone'],
    ['policy update — beneficiary: Tadala Stone', 'Tadala Stone'],
    ['lease draft, guarantor: Kondwani Marsh', 'Kondwani Marsh'],
  ])('%j', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each(['the candidate profile is ready for review', 'landlord: TBD', 'employee handbook v2 is out', 'cardholder name mismatch on the refund'])('not a role word in a sentence, or a role left open: %j', (text) => {
    expect(people(text)).toEqual([]);
  });
});
