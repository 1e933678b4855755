import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

export function isPlaceName(value: string): boolean {
  places ??= loadPlaces();
  return places.all.has(value.toLowerCase());
}

/** `value` is wholly a country, or a state or province of the US, Canada or Australia ("Texas", "New South Wales", "Kenya"). */
export function isRegionName(value: string): boolean {
  places ??= loadPlaces();
  return places.regions.has(value.toLowerCase());
}

function loadPlaces(): Places {
  const require = createRequire(import.meta.url);
  const records = JSON.parse(readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8')) as CityRecord[];
  const all = new Set<string>();
  const regions = new Set<string>();
  for (const record of records) {
    if (record.pop >= LEAST_POPULATION) {
      all.add(record.city.toLowerCase());
      all.add(record.city_ascii.toLowerCase());
    }
    regions.add(record.country.toLowerCase());
    if (REGIONS_OF.has(record.iso2)) regions.add(record.province.toLowerCase());
  }
  regions.delete('');
  for (const region of regions) all.add(region);
  all.delete('');
  return { all, regions };
}
