/**
 * Person names as people write them in chat: full, first-only, surname-only, hyphenated double
 * surnames, surnames with an apostrophe, names in a non-Latin script, and lower or upper case.
 */
import type { Faker } from '@faker-js/faker';

/** Scripts that write the family name first with no space between the parts. */
const FAMILY_FIRST_JOINED = new Set(['zh_CN', 'zh_TW', 'ko']);
/** Apostrophe prefixes that real surnames carry (Irish, Italian, French, West African). */
const APOSTROPHE_PREFIXES = ["O'", "D'", "N'", "Dell'"];

/** faker's first and last names never carry titles or suffixes, unlike its fullName(). */
export function fullName(faker: Faker): string {
  return `${faker.person.firstName()} ${faker.person.lastName()}`;
}

export function nativeName(faker: Faker, locale: string): string {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  if (FAMILY_FIRST_JOINED.has(locale)) return `${last}${first}`;
  if (locale === 'ja') return `${last} ${first}`;
  return `${first} ${last}`;
}

export function hyphenatedName(faker: Faker): string {
  return `${faker.person.firstName()} ${faker.person.lastName()}-${faker.person.lastName()}`;
}

export function apostropheName(faker: Faker): string {
  const prefix = faker.helpers.arrayElement(APOSTROPHE_PREFIXES);
  return `${faker.person.firstName()} ${prefix}${faker.person.lastName()}`;
}

export function applyCase(value: string, modifier: string | undefined): string {
  if (modifier === 'lower') return value.toLowerCase();
  if (modifier === 'upper') return value.toUpperCase();
  return value;
}
