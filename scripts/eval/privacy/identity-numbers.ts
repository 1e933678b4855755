/**
 * Identity and payment numbers with their real check digits, built from the published rules
 * (Luhn, Verhoeff, mod 11, mod 23) so the evaluation holds numbers a validator would accept.
 */
import type { Faker } from '@faker-js/faker';

const digits = (faker: Faker, count: number): string => faker.string.numeric({ length: count, allowLeadingZeros: true });

export function luhnComplete(body: string): string {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    let value = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** Issuers people paste, large and small: prefix and the lengths that issuer uses. */
const ISSUERS: ReadonlyArray<{ prefixes: readonly string[]; lengths: readonly number[] }> = [
  { prefixes: ['4'], lengths: [16, 13, 19] }, // Visa
  { prefixes: ['51', '53', '55', '2221', '2720'], lengths: [16] }, // Mastercard
  { prefixes: ['34', '37'], lengths: [15] }, // Amex
  { prefixes: ['3528', '3555', '3589'], lengths: [16, 17, 18, 19] }, // JCB
  { prefixes: ['50', '56', '58', '6759', '63'], lengths: [12, 13, 15, 16, 18, 19] }, // Maestro
  { prefixes: ['1'], lengths: [15] }, // UATP
  { prefixes: ['5019'], lengths: [16] }, // Dankort
  { prefixes: ['6011', '65'], lengths: [16] }, // Discover
  { prefixes: ['62'], lengths: [16, 19] }, // UnionPay
  { prefixes: ['2200', '2204'], lengths: [16] }, // Mir
  { prefixes: ['9792'], lengths: [16] }, // Troy
  { prefixes: ['6521', '6522', '508'], lengths: [16] }, // RuPay
  { prefixes: ['36', '300'], lengths: [14] }, // Diners
];

export function cardNumber(faker: Faker): string {
  const issuer = faker.helpers.arrayElement(ISSUERS);
  const prefix = faker.helpers.arrayElement(issuer.prefixes);
  const length = faker.helpers.arrayElement(issuer.lengths);
  return luhnComplete(prefix + digits(faker, length - prefix.length - 1));
}

export function groupCard(number: string, separator: string): string {
  if (number.length === 15 && number.startsWith('3')) return [number.slice(0, 4), number.slice(4, 10), number.slice(10)].join(separator);
  return number.match(/.{1,4}/g)!.join(separator);
}

/** US SSN: area 001–899 except 666, group 01–99, serial 0001–9999. */
export function ssn(faker: Faker): string {
  let area = faker.number.int({ min: 1, max: 899 });
  if (area === 666) area = 667;
  const group = faker.number.int({ min: 1, max: 99 });
  const serial = faker.number.int({ min: 1, max: 9999 });
  return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Aadhaar: 12 digits, first 2–9, last is the Verhoeff check digit. */
export function aadhaar(faker: Faker): string {
  const body = String(faker.number.int({ min: 2, max: 9 })) + digits(faker, 10);
  let check = 0;
  const reversed = body.split('').reverse().map(Number);
  reversed.forEach((digit, index) => {
    check = VERHOEFF_D[check]![VERHOEFF_P[(index + 1) % 8]![digit]!]!;
  });
  const full = body + String(VERHOEFF_INV[check]);
  return faker.helpers.arrayElement([full, full.match(/.{4}/g)!.join(' '), full.match(/.{4}/g)!.join('-')]);
}

/** Indian PAN: five letters (the fourth is the holder type), four digits, a letter. */
export function pan(faker: Faker): string {
  const letters = (count: number): string => faker.string.alpha({ length: count, casing: 'upper' });
  return letters(3) + faker.helpers.arrayElement(['P', 'C', 'H', 'F', 'A', 'T']) + letters(1) + digits(faker, 4) + letters(1);
}

/** UK National Insurance number: valid prefix letters, six digits, suffix A–D; often written spaced. */
export function nationalInsurance(faker: Faker): string {
  const first = faker.helpers.arrayElement('ABCEGHJKLMNOPRSTWXYZ'.split(''));
  const second = faker.helpers.arrayElement('ABCEGHJKLMNPRSTWXYZ'.split(''));
  const body = digits(faker, 6);
  const suffix = faker.helpers.arrayElement(['A', 'B', 'C', 'D']);
  const plain = `${first}${second}${body}${suffix}`;
  return faker.helpers.arrayElement([plain, `${first}${second} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`, plain.toLowerCase()]);
}

/** Passports: US 9 digits, UK 9 digits, DE C + 8 alphanumerics, IN letter + 7 digits, FR 2 digits 2 letters 5 digits. */
export function passport(faker: Faker): string {
  return faker.helpers.arrayElement([
    () => digits(faker, 9),
    () => faker.string.alpha({ length: 1, casing: 'upper' }) + digits(faker, 8),
    () => 'C' + faker.string.alphanumeric({ length: 8, casing: 'upper' }).replace(/[AEIOU]/g, 'F'),
    () => faker.string.alpha({ length: 1, casing: 'upper' }) + digits(faker, 7),
    () => digits(faker, 2) + faker.string.alpha({ length: 2, casing: 'upper' }) + digits(faker, 5),
  ])();
}

/** Driver's licences: UK DVLA 16 characters, California letter + 7 digits, New York 9 digits, Florida letter + 12 digits. */
export function driversLicence(faker: Faker, surname: string): string {
  const letters = surname.toUpperCase().replace(/[^A-Z]/g, '').padEnd(5, '9').slice(0, 5);
  const birth = faker.date.birthdate({ min: 18, max: 80, mode: 'age' });
  const year = String(birth.getFullYear());
  const month = String(birth.getMonth() + 1 + (faker.datatype.boolean() ? 50 : 0)).padStart(2, '0');
  const uk = `${letters}${year[2]}${month}${String(birth.getDate()).padStart(2, '0')}${year[3]}${faker.string.alpha({ length: 2, casing: 'upper' })}9${faker.string.alpha({ length: 2, casing: 'upper' })}`;
  return faker.helpers.arrayElement([
    uk,
    faker.string.alpha({ length: 1, casing: 'upper' }) + digits(faker, 7),
    `${digits(faker, 3)} ${digits(faker, 3)} ${digits(faker, 3)}`,
    `${faker.string.alpha({ length: 1, casing: 'upper' })}${digits(faker, 3)}-${digits(faker, 3)}-${digits(faker, 2)}-${digits(faker, 3)}-0`,
  ]);
}

/** National ids with check digits: Spanish DNI (mod 23 letter), Dutch BSN (11-test), Polish PESEL, Brazilian CPF, Turkish TC. */
export function nationalId(faker: Faker): string {
  return faker.helpers.arrayElement([() => dni(faker), () => bsn(faker), () => pesel(faker), () => cpf(faker), () => turkishId(faker)])();
}

function dni(faker: Faker): string {
  const number = faker.number.int({ min: 10_000_000, max: 99_999_999 });
  return `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}`;
}

function bsn(faker: Faker): string {
  for (;;) {
    const body = digits(faker, 8);
    const sum = body.split('').reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
    const check = sum % 11;
    if (check < 10 && body[0] !== '0') return body + String(check);
  }
}

function pesel(faker: Faker): string {
  const body = digits(faker, 2) + String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0') + String(faker.number.int({ min: 1, max: 28 })).padStart(2, '0') + digits(faker, 4);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = body.split('').reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return body + String((10 - (sum % 10)) % 10);
}

function cpf(faker: Faker): string {
  const body = digits(faker, 9).split('').map(Number);
  const check = (values: number[]): number => {
    const sum = values.reduce((total, digit, index) => total + digit * (values.length + 1 - index), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  body.push(check(body));
  body.push(check(body));
  const text = body.join('');
  return `${text.slice(0, 3)}.${text.slice(3, 6)}.${text.slice(6, 9)}-${text.slice(9)}`;
}

function turkishId(faker: Faker): string {
  const body = [faker.number.int({ min: 1, max: 9 }), ...digits(faker, 8).split('').map(Number)];
  const odd = body[0]! + body[2]! + body[4]! + body[6]! + body[8]!;
  const even = body[1]! + body[3]! + body[5]! + body[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (body.reduce((total, digit) => total + digit, 0) + tenth) % 10;
  return body.join('') + String(tenth) + String(eleventh);
}
