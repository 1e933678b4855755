import { isRegionInLexicon } from './name-lexicon.ts';
import { isRegionName } from './place-names.ts';

/** The codes of the US states, the Canadian provinces and the Australian states, written in capitals after the town. */
export const STATE_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY ' +
    'AB BC MB NB NL NS NU ON PE QC SK YT NSW VIC QLD TAS ACT SA NT').split(' '),
);

/** A state's code, or a state, province, region or country by name ("Texas", "Bavaria", "New South Wales"). */
export function isRegion(words: string): boolean {
  return STATE_CODES.has(words) || isRegionName(words) || isRegionInLexicon(words);
}
