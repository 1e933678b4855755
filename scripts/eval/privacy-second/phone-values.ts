/**
 * Phone numbers of nine countries in the forms people type: national, international, dotted,
 * spaced (optionally with a 00 prefix) and with an extension.
 */
import type { Faker } from '@faker-js/faker';

export type PhoneForm = 'national' | 'international' | 'dotted' | 'spaced' | 'extension';

interface PhoneScheme {
  countryCode: string;
  trunk: string;
  groups: (faker: Faker) => string[];
  national: (groups: readonly string[]) => string;
}

const numeric = (faker: Faker, length: number): string => faker.string.numeric({ length, allowLeadingZeros: true });
const leading = (faker: Faker, first: string, length: number): string => `${faker.helpers.arrayElement([...first])}${numeric(faker, length - 1)}`;

const SCHEMES: readonly PhoneScheme[] = [
  { countryCode: '1', trunk: '', groups: (f) => [leading(f, '23456789', 3), leading(f, '23456789', 3), numeric(f, 4)], national: ([a, b, c]) => `(${a}) ${b}-${c}` },
  { countryCode: '44', trunk: '0', groups: (f) => f.helpers.arrayElement([['20', numeric(f, 4), numeric(f, 4)], [`7${numeric(f, 3)}`, numeric(f, 6)]]), national: (g) => `0${g.join(' ')}` },
  { countryCode: '49', trunk: '0', groups: (f) => [f.helpers.arrayElement(['30', '89', '40', '151', '171', '221']), numeric(f, 4), numeric(f, 4)], national: ([a, b, c]) => `0${a} ${b}${c}` },
  { countryCode: '33', trunk: '0', groups: (f) => [f.helpers.arrayElement(['1', '6', '7']), numeric(f, 2), numeric(f, 2), numeric(f, 2), numeric(f, 2)], national: (g) => `0${g.join(' ')}` },
  { countryCode: '91', trunk: '', groups: (f) => [leading(f, '6789', 5), numeric(f, 5)], national: (g) => g.join(' ') },
  { countryCode: '61', trunk: '0', groups: (f) => [`4${numeric(f, 2)}`, numeric(f, 3), numeric(f, 3)], national: (g) => `0${g.join(' ')}` },
  { countryCode: '55', trunk: '', groups: (f) => [f.helpers.arrayElement(['11', '21', '31']), `9${numeric(f, 4)}`, numeric(f, 4)], national: ([a, b, c]) => `(${a}) ${b}-${c}` },
  { countryCode: '31', trunk: '0', groups: (f) => ['6', numeric(f, 8)], national: ([a, b]) => `0${a}-${b}` },
  { countryCode: '34', trunk: '', groups: (f) => [leading(f, '67', 3), numeric(f, 3), numeric(f, 3)], national: (g) => g.join(' ') },
];

export function phoneNumber(faker: Faker, form: PhoneForm): string {
  const scheme = faker.helpers.arrayElement(SCHEMES);
  const groups = scheme.groups(faker);
  switch (form) {
    case 'national':
      return scheme.national(groups);
    case 'international':
      return faker.helpers.arrayElement([`+${scheme.countryCode} ${groups.join(' ')}`, `+${scheme.countryCode}${groups.join('')}`, `+${scheme.countryCode}-${groups.join('-')}`]);
    case 'dotted':
      return faker.helpers.arrayElement([`${scheme.trunk}${groups.join('.')}`, `+${scheme.countryCode}.${groups.join('.')}`]);
    case 'spaced':
      return faker.helpers.arrayElement([`${scheme.trunk}${groups.join(' ')}`, `00${scheme.countryCode} ${groups.join(' ')}`]);
    case 'extension':
      return `${faker.helpers.arrayElement([scheme.national(groups), `+${scheme.countryCode} ${groups.join(' ')}`])}${faker.helpers.arrayElement([' ext. ', ' x', ' ext ', ', ext '])}${numeric(faker, faker.number.int({ min: 2, max: 4 }))}`;
  }
}
