/** Fills one template slot: the text that goes in and, for personal data, the label of its span. */
import type { Faker } from '@faker-js/faker';
import { birthDate, cardNumber, emailAddress, ibanNumber, ipAddress, postalAddress, postcodeOnly } from './contact-values.ts';
import { drivingLicence, nationalId, passportNumber, usSsn } from './identity-values.ts';
import type { EvalLabel } from './labels.ts';
import { apostropheName, applyCase, fullName, hyphenatedName, nativeName } from './person-names.ts';
import { phoneNumber } from './phone-values.ts';

export interface SlotContext {
  faker: Faker;
  nativeFaker: Faker;
  nativeLocale: string;
}

export interface FilledSlot {
  value: string;
  label?: EvalLabel;
}

type Filler = (context: SlotContext) => FilledSlot;

const person = (make: (context: SlotContext) => string): Filler => (context) => ({ value: make(context), label: 'PERSON' });

const FILLERS: Readonly<Record<string, Filler>> = {
  full: person(({ faker }) => fullName(faker)),
  first: person(({ faker }) => faker.person.firstName()),
  last: person(({ faker }) => faker.person.lastName()),
  native: person(({ nativeFaker, nativeLocale }) => nativeName(nativeFaker, nativeLocale)),
  hyphenated: person(({ faker }) => hyphenatedName(faker)),
  apostrophe: person(({ faker }) => apostropheName(faker)),
  address: ({ faker }) => ({ value: postalAddress(faker).value, label: 'ADDRESS' }),
  postcode: ({ faker }) => ({ value: postcodeOnly(faker), label: 'ADDRESS' }),
  phone: ({ faker }) => ({ value: phoneNumber(faker, 'national'), label: 'PHONE' }),
  phone_intl: ({ faker }) => ({ value: phoneNumber(faker, 'international'), label: 'PHONE' }),
  phone_dotted: ({ faker }) => ({ value: phoneNumber(faker, 'dotted'), label: 'PHONE' }),
  phone_spaced: ({ faker }) => ({ value: phoneNumber(faker, 'spaced'), label: 'PHONE' }),
  phone_ext: ({ faker }) => ({ value: phoneNumber(faker, 'extension'), label: 'PHONE' }),
  email: ({ faker }) => ({ value: emailAddress(faker), label: 'EMAIL' }),
  card: ({ faker }) => ({ value: cardNumber(faker), label: 'CREDIT_CARD' }),
  iban: ({ faker }) => ({ value: ibanNumber(faker), label: 'IBAN' }),
  ssn: ({ faker }) => ({ value: usSsn(faker), label: 'US_SSN' }),
  ip: ({ faker }) => ({ value: ipAddress(faker), label: 'IP_ADDRESS' }),
  dob: ({ faker }) => ({ value: birthDate(faker), label: 'DATE_OF_BIRTH' }),
  passport: ({ faker }) => ({ value: passportNumber(faker), label: 'ID_NUMBER' }),
  licence: ({ faker }) => ({ value: drivingLicence(faker), label: 'ID_NUMBER' }),
  national_id: ({ faker }) => ({ value: nationalId(faker), label: 'ID_NUMBER' }),
  company: ({ faker }) => ({ value: faker.company.name() }),
  amount: ({ faker }) => ({ value: `${faker.helpers.arrayElement(['$', '€', '£'])}${faker.finance.amount({ min: 5, max: 4000 })}` }),
  ticket: ({ faker }) => ({ value: faker.string.numeric({ length: 5, allowLeadingZeros: false }) }),
};

/** `name` or `name:modifier`, where the modifier (lower, upper) changes the case of the value. */
export function fillSlot(slot: string, context: SlotContext): FilledSlot {
  const [name, modifier] = slot.split(':');
  const filler = FILLERS[name ?? ''];
  if (filler === undefined) throw new Error(`unknown slot {${slot}} in a privacy-second template: add it to slots.ts`);
  const filled = filler(context);
  return { ...filled, value: applyCase(filled.value, modifier) };
}
