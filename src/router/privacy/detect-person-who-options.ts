import { isDepartmentWord } from './department-words.ts';
import { isBrandName } from './known-brands.ts';
import { isKnownFirmName, isProductWord } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import { isNeverAName } from './never-a-name.ts';
import { isPlaceName } from './place-names.ts';
import { matchesOf } from './regex-matches.ts';
import { personBetween, type Candidate } from './types.ts';
import { readsLikeAName } from './unlisted-given-names.ts';

/**
 * The options a "who" question offers are people: "who's better placed to run the review, Autumn or Reed?", "who's taking
 * the 2am page — Rowan, Sage or Briar?", "who do u trust more with the rewrite: Frost or Hale?". The question asks for
 * a person, so names that are English words count, as a cue makes them count elsewhere. The options are of one
 * kind: when any of them is a firm, a brand, a tool, a product, a team, a well-known place or a day, they all are
 * things ("who's cheaper, Stripe or Adyen?", "who owns this, Finance or Legal?", "who wins, Madrid or Barcelona?").
 */
const OPTION = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?`;
const WHO_OPTIONS = new RegExp(
  String.raw`(?<![\p{L}])[Ww]ho(?:m|['’]s|['’]d|['’]ll)?(?![\p{L}])[^?\n]{0,80}?(?:,|:|[ \t][—–-])[ \t]*(${OPTION})(?:[ \t]*,[ \t]*(${OPTION}))?,?[ \t]+or[ \t]+(${OPTION})[ \t]*\?`,
  'dgu',
);

export function detectWhoOptions(text: string): Candidate[] {
  if (!/who/iu.test(text) || !text.includes('?')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(WHO_OPTIONS, text)) {
    const options = [1, 2, 3].flatMap((group) => (match.indices?.[group] === undefined ? [] : [{ value: match[group]!, start: match.indices[group]![0] }]));
    if (!options.every((option) => isPersonOption(option.value))) continue;
    for (const option of options) found.push(personBetween(text, option.start, option.start + option.value.length));
  }
  return found;
}

function isPersonOption(option: string): boolean {
  if (option === option.toUpperCase() || isBrandName(option) || isKnownFirmName(option) || isPlaceName(option)) return false;
  return option.split(/[ \t]/u).every((word) => {
    const lower = word.toLowerCase();
    return !isNeverAName(lower) && !isProductWord(lower) && !isDepartmentWord(lower) && !factsOf(word).tool && readsLikeAName(word, true);
  });
}
