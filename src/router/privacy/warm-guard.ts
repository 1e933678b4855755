import { detectEntities } from './detect-entities.ts';
import { warmDictionary } from './english-dictionary.ts';
import { warmHumanNames } from './human-names.ts';
import { warmNationalIds } from './detect-national-ids.ts';
import { isPlaceName } from './place-names.ts';
import { isSettlementName } from './settlement-names.ts';
import { isBrandName } from './known-brands.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { warmWikipediaTitles } from './wikipedia-titles.ts';
import { warmHebrewScriptNames } from './hebrew-script-names.ts';

/**
 * Loads the guard's lazy tables (word list, names list, other languages' first names, Israel's names in Hebrew, brands, popular Wikipedia titles, place and town names, name lexicon, phone metadata, national-id rules, tokenizer ranks) and compiles
 * its patterns once, so the first message a bot handles does not pay for them.
 */
export function warmGuard(): void {
  warmDictionary();
  warmHumanNames();
  warmNationalIds();
  isPlaceName('Sydney');
  isSettlementName('Pfunds');
  isBrandName('Tim Hortons');
  isGivenNameInAnyLanguage('Pirjo');
  warmWikipediaTitles();
  warmHebrewScriptNames();
  detectEntities('ask priya raman: call +44 20 7946 0958, card 4111 1111 1111 1111, 12 Baker Street, dob 01/02/1990, passport 123456789');
}
