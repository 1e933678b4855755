/**
 * Government identity numbers in the shapes people paste, with valid check digits where the real
 * scheme has one (a real number always passes its own checksum, so the evaluation should too).
 */
import type { Faker } from '@faker-js/faker';

const digits = (faker: Faker, length: number): string => faker.string.numeric({ length, allowLeadingZeros: true });

/** Luhn check digit for a string of digits. */
function luhnDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function usSsn(faker: Faker): string {
  const area = faker.number.int({ min: 1, max: 899 });
  const safeArea = area === 666 ? 667 : area;
  const group = faker.number.int({ min: 1, max: 99 });
  const serial = faker.number.int({ min: 1, max: 9999 });
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const separator = faker.helpers.arrayElement(['-', '-', ' ', '']);
  return [pad(safeArea, 3), pad(group, 2), pad(serial, 4)].join(separator);
}

export function passportNumber(faker: Faker): string {
  return faker.helpers.arrayElement([
    () => digits(faker, 9), // US, UK
    () => `${faker.string.alpha({ length: 1, casing: 'upper' })}${digits(faker, 7)}`, // IN
    () => `C${faker.string.alphanumeric({ length: 8, casing: 'upper' })}`, // DE
    () => `${digits(faker, 2)}${faker.string.alpha({ length: 2, casing: 'upper' })}${digits(faker, 5)}`, // FR
  ])();
}

export function drivingLicence(faker: Faker): string {
  return faker.helpers.arrayElement([
    () => `${faker.string.alpha({ length: 5, casing: 'upper' })}${digits(faker, 6)}${faker.string.alpha({ length: 2, casing: 'upper' })}9${faker.string.alpha({ length: 2, casing: 'upper' })}`, // UK
    () => `${faker.string.alpha({ length: 1, casing: 'upper' })}${digits(faker, 7)}`, // California
    () => `${digits(faker, 3)}-${digits(faker, 3)}-${digits(faker, 3)}`, // New York
  ])();
}

export function nationalId(faker: Faker): string {
  return faker.helpers.arrayElement([spanishDni, dutchBsn, brazilianCpf, polishPesel, canadianSin, swedishPersonnummer, britishInsurance, indianAadhaar])(faker);
}

function spanishDni(faker: Faker): string {
  const number = digits(faker, 8);
  return `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(number) % 23]}`;
}

function dutchBsn(faker: Faker): string {
  for (;;) {
    const body = digits(faker, 8);
    const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
    const check = sum % 11;
    if (check < 10) return `${body}${check}`;
  }
}

function brazilianCpf(faker: Faker): string {
  const numbers = [...digits(faker, 9)].map(Number);
  for (const length of [9, 10]) {
    const sum = numbers.slice(0, length).reduce((total, digit, index) => total + digit * (length + 1 - index), 0);
    const rest = (sum * 10) % 11;
    numbers.push(rest === 10 ? 0 : rest);
  }
  const text = numbers.join('');
  return `${text.slice(0, 3)}.${text.slice(3, 6)}.${text.slice(6, 9)}-${text.slice(9)}`;
}

function polishPesel(faker: Faker): string {
  const birth = faker.date.birthdate({ mode: 'age', min: 18, max: 80 });
  const year = birth.getUTCFullYear();
  const month = birth.getUTCMonth() + 1 + (year >= 2000 ? 20 : 0);
  const body = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}${digits(faker, 4)}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

function canadianSin(faker: Faker): string {
  const body = `${faker.number.int({ min: 1, max: 7 })}${digits(faker, 7)}`;
  const text = `${body}${luhnDigit(body)}`;
  return `${text.slice(0, 3)} ${text.slice(3, 6)} ${text.slice(6)}`;
}

function swedishPersonnummer(faker: Faker): string {
  const birth = faker.date.birthdate({ mode: 'age', min: 18, max: 80 });
  const body = `${String(birth.getUTCFullYear() % 100).padStart(2, '0')}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}${digits(faker, 3)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
}

function britishInsurance(faker: Faker): string {
  const letters = 'ABCEGHJKLMNPRSTWXYZ';
  const prefix = `${faker.helpers.arrayElement([...letters])}${faker.helpers.arrayElement([...letters.replace('O', '')])}`;
  const number = digits(faker, 6);
  return `${prefix} ${number.slice(0, 2)} ${number.slice(2, 4)} ${number.slice(4)} ${faker.helpers.arrayElement(['A', 'B', 'C', 'D'])}`;
}

/** Aadhaar: 12 digits, first not 0 or 1, Verhoeff check digit. */
function indianAadhaar(faker: Faker): string {
  const body = `${faker.number.int({ min: 2, max: 9 })}${digits(faker, 10)}`;
  const text = `${body}${verhoeffDigit(body)}`;
  return `${text.slice(0, 4)} ${text.slice(4, 8)} ${text.slice(8)}`;
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
const VERHOEFF_INVERSE = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffDigit(body: string): number {
  let check = 0;
  const reversed = [...body].reverse().map(Number);
  reversed.forEach((digit, index) => {
    check = VERHOEFF_D[check]![VERHOEFF_P[(index + 1) % 8]![digit]!]!;
  });
  return VERHOEFF_INVERSE[check]!;
}
