/**
 * Values for template slots, drawn from faker's locale data (names, streets, postcodes, phones,
 * e-mails) and from the checksum builders. Secrets are assembled from parts at run time, so no
 * realistic token ever sits in the repository. Nothing here is imported by the guard.
 */
import type { Faker } from '@faker-js/faker';
import { aadhaar, cardNumber, driversLicence, groupCard, nationalId, nationalInsurance, pan, passport, ssn } from './identity-numbers.ts';

export type EvalLabel =
  | 'PERSON'
  | 'EMAIL'
  | 'PHONE'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'US_SSN'
  | 'IP_ADDRESS'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'ID_NUMBER'
  | 'SECRET';

export interface SlotValue {
  value: string;
  label?: EvalLabel;
}

export interface SlotContext {
  /** The message's locale: names, phones and e-mails. */
  faker: Faker;
  /** A locale whose script is not Latin, for `{native}`. */
  nativeFaker: Faker;
  nativeLocale: string;
  /** One of the address locales (US, GB, DE, FR, CA, IN, AU), for streets and postcodes. */
  addressFaker: Faker;
}

type SlotBuilder = (context: SlotContext) => SlotValue;

const labelled = (label: EvalLabel, value: string): SlotValue => ({ value, label });
const filler = (value: string): SlotValue => ({ value });
const chars = (faker: Faker, pool: string, length: number): string => Array.from({ length }, () => faker.helpers.arrayElement(pool.split(''))).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${ALNUM}+/`;
const BASE64URL = `${ALNUM}-_`;
const HEX = '0123456789abcdef';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function firstName(faker: Faker): string {
  return faker.person.firstName();
}

function lastName(faker: Faker): string {
  return faker.person.lastName();
}

function fullName(faker: Faker): string {
  return `${firstName(faker)} ${lastName(faker)}`;
}

function nativeName({ nativeFaker, nativeLocale }: SlotContext): string {
  const first = nativeFaker.person.firstName();
  const last = nativeFaker.person.lastName();
  if (nativeLocale === 'zh_CN') return `${last}${first}`;
  if (nativeLocale === 'ja' || nativeLocale === 'ko') return `${last} ${first}`;
  return `${first} ${last}`;
}

function phoneDigits(faker: Faker): string {
  return faker.phone.number({ style: 'national' }).replace(/\D/g, '');
}

function groupedDigits(digits: string, sizes: readonly number[], separator: string): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const size of sizes) {
    if (cursor >= digits.length) break;
    parts.push(digits.slice(cursor, cursor + size));
    cursor += size;
  }
  if (cursor < digits.length) parts[parts.length - 1] += digits.slice(cursor);
  return parts.join(separator);
}

function internationalPhone(faker: Faker, trunk: boolean): string {
  const international = faker.phone.number({ style: 'international' });
  const national = phoneDigits(faker).replace(/^0/, '');
  const country = /^\+(1|7|2\d|3\d|4\d|5[1-8]|6[0-6]|8[1-6]|9[0-5])/.exec(international)?.[1] ?? '44';
  const rest = groupedDigits(national, [2, 4, 4], ' ');
  return trunk ? `+${country} (0)${rest}` : faker.helpers.arrayElement([international, `+${country} ${rest}`, `00${country} ${rest}`]);
}

function dateText(faker: Faker, date: Date): string {
  const day = date.getDate();
  const month = date.getMonth() + 1;
  const year = date.getFullYear();
  const two = (value: number): string => String(value).padStart(2, '0');
  const monthName = MONTHS[month - 1]!;
  return faker.helpers.arrayElement([
    `${two(day)}/${two(month)}/${year}`,
    `${two(month)}/${two(day)}/${year}`,
    `${year}-${two(month)}-${two(day)}`,
    `${day} ${monthName} ${year}`,
    `${monthName.slice(0, 3)} ${day}, ${year}`,
    `${two(day)}.${two(month)}.${year}`,
    `${day}/${month}/${String(year).slice(2)}`,
    `${day}th of ${monthName} ${year}`,
  ]);
}

function password(faker: Faker, urlHostile: boolean): string {
  const base = faker.internet.password({ length: faker.number.int({ min: 8, max: 16 }) });
  if (!urlHostile) return faker.helpers.arrayElement([base, `${base}!`, `${faker.word.noun()}${faker.number.int(99)}${faker.helpers.arrayElement(['!', '$', '#'])}`]);
  const hostile = faker.helpers.arrayElement(['#', '?', '/', '@', '%', ':']);
  const cut = faker.number.int({ min: 1, max: base.length - 1 });
  return base.slice(0, cut) + hostile + base.slice(cut);
}

const SLOTS: Readonly<Record<string, SlotBuilder>> = {
  name: ({ faker }) => labelled('PERSON', fullName(faker)),
  name_lc: ({ faker }) => labelled('PERSON', fullName(faker).toLowerCase()),
  name_uc: ({ faker }) => labelled('PERSON', fullName(faker).toUpperCase()),
  first: ({ faker }) => labelled('PERSON', firstName(faker)),
  first_lc: ({ faker }) => labelled('PERSON', firstName(faker).toLowerCase()),
  first_uc: ({ faker }) => labelled('PERSON', firstName(faker).toUpperCase()),
  last: ({ faker }) => labelled('PERSON', lastName(faker)),
  last_lc: ({ faker }) => labelled('PERSON', lastName(faker).toLowerCase()),
  last_uc: ({ faker }) => labelled('PERSON', lastName(faker).toUpperCase()),
  native: (context) => labelled('PERSON', nativeName(context)),
  email: ({ faker }) => labelled('EMAIL', faker.internet.email().toLowerCase()),
  phone: ({ faker }) => labelled('PHONE', faker.phone.number()),
  phone_ext: ({ faker }) =>
    labelled('PHONE', `${faker.phone.number({ style: 'national' })}${faker.helpers.arrayElement([' ext. ', ' x', ' ext ', ' #', ',,'])}${faker.number.int({ min: 2, max: 9999 })}`),
  intl_phone: ({ faker }) => labelled('PHONE', internationalPhone(faker, false)),
  phone_dots: ({ faker }) => labelled('PHONE', groupedDigits(phoneDigits(faker), [3, 3, 4], '.')),
  phone_trunk: ({ faker }) => labelled('PHONE', internationalPhone(faker, true)),
  phone_spaced: ({ faker }) => labelled('PHONE', groupedDigits(phoneDigits(faker), [2, 2, 2, 2, 2, 2], ' ')),
  card: ({ faker }) => labelled('CREDIT_CARD', groupCard(cardNumber(faker), faker.helpers.arrayElement([' ', '-', ' ']))),
  card_bare: ({ faker }) => labelled('CREDIT_CARD', cardNumber(faker)),
  expiry: ({ faker }) => filler(`${String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0')}/${faker.number.int({ min: 26, max: 31 })}`),
  cvv: ({ faker }) => filler(faker.string.numeric(3)),
  iban: ({ faker }) => labelled('IBAN', faker.finance.iban({ formatted: true })),
  iban_compact: ({ faker }) => labelled('IBAN', faker.finance.iban({ formatted: false })),
  ssn: ({ faker }) => labelled('US_SSN', ssn(faker)),
  ssn_bare: ({ faker }) => labelled('US_SSN', ssn(faker).replace(/-/g, faker.helpers.arrayElement(['', ' ']))),
  ip: ({ faker }) => labelled('IP_ADDRESS', faker.internet.ipv4()),
  ipv6: ({ faker }) => labelled('IP_ADDRESS', faker.internet.ipv6()),
  street: ({ addressFaker }) => labelled('ADDRESS', addressFaker.location.streetAddress()),
  street_lc: ({ addressFaker }) => labelled('ADDRESS', addressFaker.location.streetAddress().toLowerCase()),
  street_uc: ({ addressFaker }) => labelled('ADDRESS', addressFaker.location.streetAddress().toUpperCase()),
  postcode: ({ addressFaker }) => labelled('ADDRESS', addressFaker.location.zipCode()),
  city: ({ addressFaker }) => filler(addressFaker.location.city()),
  city_uc: ({ addressFaker }) => filler(addressFaker.location.city().toUpperCase()),
  dob: ({ faker }) => labelled('DATE_OF_BIRTH', dateText(faker, faker.date.birthdate({ min: 18, max: 90, mode: 'age' }))),
  date: ({ faker }) => filler(dateText(faker, faker.date.recent({ days: 200, refDate: new Date('2026-11-01T00:00:00Z') }))),
  passport: ({ faker }) => labelled('ID_NUMBER', passport(faker)),
  licence: ({ faker }) => labelled('ID_NUMBER', driversLicence(faker, faker.person.lastName())),
  ni: ({ faker }) => labelled('ID_NUMBER', nationalInsurance(faker)),
  pan: ({ faker }) => labelled('ID_NUMBER', pan(faker)),
  aadhaar: ({ faker }) => labelled('ID_NUMBER', aadhaar(faker)),
  natid: ({ faker }) => labelled('ID_NUMBER', nationalId(faker)),
  host: ({ faker }) => {
    const host = faker.helpers.arrayElement(['db', 'db-1', 'localhost', 'postgres.internal', faker.internet.ipv4(), 'mq']);
    return /^\d/.test(host) ? labelled('IP_ADDRESS', host) : filler(host);
  },
  user: ({ faker }) => filler(faker.internet.username().toLowerCase()),
  password: ({ faker }) => labelled('SECRET', password(faker, false)),
  password_url: ({ faker }) => labelled('SECRET', password(faker, true)),
  hex_secret: ({ faker }) => labelled('SECRET', chars(faker, HEX, 128)),
  azure_key: ({ faker }) => labelled('SECRET', `${chars(faker, BASE64, 86)}==`),
  amz_signature: ({ faker }) => labelled('SECRET', chars(faker, HEX, 64)),
  sas_signature: ({ faker }) => labelled('SECRET', `${chars(faker, BASE64, 43)}%3D`),
  sendgrid_key: ({ faker }) => labelled('SECRET', ['S', 'G.', chars(faker, BASE64URL, 22), '.', chars(faker, BASE64URL, 43)].join('')),
  google_secret: ({ faker }) => labelled('SECRET', ['GOC', 'SPX-', chars(faker, BASE64URL, 28)].join('')),
  github_token: ({ faker }) => labelled('SECRET', ['gh', 'p_', chars(faker, ALNUM, 36)].join('')),
  openai_key: ({ faker }) => labelled('SECRET', ['sk-', 'proj-', chars(faker, BASE64URL, 48)].join('')),
  slack_token: ({ faker }) => labelled('SECRET', ['xo', 'xb-', faker.string.numeric(12), '-', faker.string.numeric(13), '-', chars(faker, ALNUM, 24)].join('')),
  aws_key_id: ({ faker }) => labelled('SECRET', ['AK', 'IA', chars(faker, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)].join('')),
  aws_secret: ({ faker }) => labelled('SECRET', chars(faker, BASE64, 40)),
  stripe_key: ({ faker }) => labelled('SECRET', ['sk', '_live_', chars(faker, ALNUM, 24)].join('')),
  product: ({ faker }) => filler(faker.helpers.arrayElement([faker.commerce.product().toLowerCase(), faker.commerce.productName(), faker.hacker.noun()])),
  company: ({ faker }) => filler(faker.company.name()),
  version: ({ faker }) => filler(`v${faker.system.semver()}`),
  ticket: ({ faker }) => filler(faker.helpers.arrayElement([`#${faker.number.int({ min: 100, max: 99999 })}`, `OPS-${faker.number.int(9999)}`, `INV-${faker.string.numeric(6)}`])),
  num: ({ faker }) => filler(String(faker.number.int({ min: 2, max: 5000 }))),
  time: ({ faker }) => filler(`${faker.number.int({ min: 0, max: 23 })}:${String(faker.number.int(59)).padStart(2, '0')}`),
  hash: ({ faker }) => filler(faker.git.commitSha({ length: faker.helpers.arrayElement([7, 40]) })),
  uuid: ({ faker }) => filler(faker.string.uuid()),
};

export function fillSlot(name: string, context: SlotContext): SlotValue {
  const builder = SLOTS[name];
  if (builder === undefined) throw new Error(`unknown template slot {${name}}`);
  return builder(context);
}
