/**
 * E-mails, payment cards, IBANs, IP addresses, birth dates and postal addresses as pasted into chat.
 */
import type { Faker } from '@faker-js/faker';
import { ADDRESS_LOCALES, type AddressCountry } from './locales.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const IBAN_COUNTRIES = ['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'PL', 'BE', 'CH', 'SE', 'AT', 'IE'];
const CARD_ISSUERS = ['visa', 'mastercard', 'amex', 'discover'];

export function emailAddress(faker: Faker): string {
  const email = faker.datatype.boolean()
    ? faker.internet.email({ firstName: faker.person.firstName(), lastName: faker.person.lastName() })
    : faker.internet.email();
  return faker.number.int(3) === 0 ? email.toLowerCase() : email;
}

/** faker's numbers pass the Luhn check; people paste them plain, in groups of four, or with dashes. */
export function cardNumber(faker: Faker): string {
  const digits = faker.finance.creditCardNumber({ issuer: faker.helpers.arrayElement(CARD_ISSUERS) }).replace(/\D/g, '');
  const groups = digits.length === 15 ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)] : digits.match(/.{1,4}/g) ?? [digits];
  return faker.helpers.arrayElement([digits, groups.join(' '), groups.join('-')]);
}

export function ibanNumber(faker: Faker): string {
  return faker.finance.iban({ formatted: faker.datatype.boolean(), countryCode: faker.helpers.arrayElement(IBAN_COUNTRIES) });
}

export function ipAddress(faker: Faker): string {
  return faker.number.int(3) === 0 ? faker.internet.ipv6() : faker.internet.ipv4();
}

export function birthDate(faker: Faker): string {
  const date = faker.date.birthdate({ mode: 'age', min: 18, max: 85 });
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const two = (value: number) => String(value).padStart(2, '0');
  return faker.helpers.arrayElement([
    `${two(month)}/${two(day)}/${year}`,
    `${month}/${day}/${year}`,
    `${two(day)}.${two(month)}.${year}`,
    `${year}-${two(month)}-${two(day)}`,
    `${day} ${MONTHS[month - 1]} ${year}`,
    `${MONTHS[month - 1]} ${day}, ${year}`,
    `${two(day)}/${two(month)}/${String(year).slice(2)}`,
  ]);
}

export function postalAddress(faker: Faker): { value: string; country: AddressCountry } {
  const country = faker.helpers.arrayElement(Object.keys(ADDRESS_LOCALES) as AddressCountry[]);
  const local = ADDRESS_LOCALES[country];
  local.seed(faker.number.int(2 ** 31 - 1));
  const street = local.location.streetAddress();
  const city = local.location.city();
  const postcode = postcodeOf(local, country);
  const value = {
    US: `${street}, ${city}, ${local.location.state({ abbreviated: true })} ${postcode}`,
    GB: `${street}, ${city} ${postcode}`,
    DE: `${street}, ${postcode} ${city}`,
    FR: `${street}, ${postcode} ${city}`,
    CA: `${street}, ${city}, ${local.location.state({ abbreviated: true })} ${postcode}`,
    IN: `${street}, ${city} - ${postcode}`,
    AU: `${street}, ${city} ${local.location.state({ abbreviated: true })} ${postcode}`,
  }[country];
  return { value: faker.number.int(3) === 0 ? value.toLowerCase() : value, country };
}

export function postcodeOnly(faker: Faker): string {
  const country = faker.helpers.arrayElement(Object.keys(ADDRESS_LOCALES) as AddressCountry[]);
  const local = ADDRESS_LOCALES[country];
  local.seed(faker.number.int(2 ** 31 - 1));
  return postcodeOf(local, country);
}

/**
 * Indian PINs are six digits, first 1–8, written without a space (faker's en_IN puts one in the
 * middle). faker's en_GB codes can end in letters a real inward code never has, so UK codes are built
 * from the real shape: area, district, space, sector digit, two unit letters.
 */
function postcodeOf(local: Faker, country: AddressCountry): string {
  if (country === 'GB') return britishPostcode(local);
  const code = local.location.zipCode();
  if (country !== 'IN') return code;
  return code.replace(/\s/g, '').replace(/^[09]/, String(local.number.int({ min: 1, max: 8 })));
}

const UK_AREAS = ['SW', 'SE', 'N', 'E', 'W', 'NW', 'EC', 'B', 'M', 'L', 'LS', 'G', 'EH', 'BS', 'CF', 'OX', 'CB', 'BT', 'NG', 'S'];
const UK_UNIT_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];

function britishPostcode(local: Faker): string {
  const district = String(local.number.int({ min: 1, max: 28 }));
  const unit = local.helpers.arrayElements(UK_UNIT_LETTERS, 2).join('');
  return `${local.helpers.arrayElement(UK_AREAS)}${district} ${local.number.int(9)}${unit}`;
}
