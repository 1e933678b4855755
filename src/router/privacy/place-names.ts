import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldName } from './human-names.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';

/**
 * Well-known places by name: the world's larger cities, its countries, and the states and provinces of the US, Canada and Australia
 * (the city-timezones data set, from Natural Earth / simplemaps). "Sydney is 11h ahead", "Darwin and
 * Alice Springs are in the NT": a found name that is wholly such a place is a place unless the words
 * around it say person (non-person-uses.ts). Read once, on the first name that needs it.
 */
interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  country: string;
  iso2: string;
  province: string;
}

/** Smaller towns share their names with people too often ("Marion", "Beatrice") to tell anything. */
const LEAST_POPULATION = 50_000;
/**
 * States and provinces named in chat by themselves (time zones, sales tax, shipping zones). Elsewhere a
 * region often bears a person's name ("Ngozi", "Bong") and is rarely written alone.
 */
const REGIONS_OF: ReadonlySet<string> = new Set(['US', 'CA', 'AU']);

interface Places {
  /** Cities, countries, and the states and provinces of the US, Canada and Australia. */
  all: ReadonlySet<string>;
  /** Countries, and the states and provinces of the US, Canada and Australia: what follows a town after a comma. */
  regions: ReadonlySet<string>;
}

let places: Places | undefined;

/**
 * Letters Vietnamese writes and the other Latin-script languages of the place list hardly do: horned vowels, "đ", "ă",
 * tildes on i, u, y, graves on i, u, y, and vowels with a hook or a dot below ("Bình", "Nội", "Dương").
 */
const VIETNAMESE_LETTER = /[ơưđăĩũỹìùỳạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỵỷ]/iu;

/**
 * As written, or without its accents when it is nobody's name: the data set writes "Sao Paulo" and "Bogota" where
 * people write "São Paulo", "Bogotá", "Gdańsk" and "San José". Not one word that is a first name in some language's
 * list, nor Vietnamese words that all are — "Sofía", "Concepción", "Marília", "Thái Bình": folded, they are towns, but
 * written so they are far more often the colleague who bears the name.
 */
export function isPlaceName(value: string): boolean {
  places ??= loadPlaces();
  const lower = value.toLowerCase();
  if (places.all.has(lower)) return true;
  const folded = foldName(value);
  if (folded === lower || !places.all.has(folded)) return false;
  const words = value.split(/[\s-]+/u);
  // Two words ("São Paulo", "San José") are the place — unless written in Vietnamese, whose names are provinces too
  // ("Thái Bình", "Hải Dương"), with every word a name.
  if (words.length === 1) return !isGivenNameInAnyLanguage(value);
  return !(VIETNAMESE_LETTER.test(value) && words.every(isGivenNameInAnyLanguage));
}

/** `value` is wholly a country, or a state or province of the US, Canada or Australia ("Texas", "New South Wales", "Kenya"). */
export function isRegionName(value: string): boolean {
  places ??= loadPlaces();
  return places.regions.has(foldName(value));
}

function loadPlaces(): Places {
  const require = createRequire(import.meta.url);
  const records = JSON.parse(readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8')) as CityRecord[];
  const all = new Set<string>();
  const regions = new Set<string>();
  for (const record of records) {
    if (record.pop >= LEAST_POPULATION) {
      for (const name of [record.city, record.city_ascii]) all.add(name.toLowerCase()).add(foldName(name));
    }
    regions.add(foldName(record.country));
    if (REGIONS_OF.has(record.iso2)) regions.add(foldName(record.province));
  }
  regions.delete('');
  for (const region of regions) all.add(region);
  all.delete('');
  return { all, regions };
}
