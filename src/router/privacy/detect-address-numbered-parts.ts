import { withPartsAfter } from './address-continuation.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * An address written as numbered parts, where towns are planned in areas and sectors rather than named
 * streets: "Area 47, Sector 3, House 112, Lilongwe", "Sector 21-B, Plot 14, Chandigarh", "Zone 4, Block C,
 * Flat 9". Three such parts or more in a row, separated by commas, one of them a dwelling (house, plot,
 * flat, apartment, villa, stand), and the town after them when it reads as one. Three numbered phases or
 * blocks of a plan hold no dwelling ("phase 1, phase 2, phase 3").
 */
const UNIT_WORDS = String.raw`area|sector|zone|phase|block|blk|ward|gali|street|st|road|rd|lane|house|hse|plot|flat|apartment|apt|villa|stand|unit`;
const PART = String.raw`(?:${UNIT_WORDS})\.?[ \t]?(?:no\.?[ \t]?)?#?[\dA-Z][\dA-Z/-]{0,5}(?![\p{L}\d])`;
const NUMBERED_PARTS = new RegExp(String.raw`(?<![\p{L}\d])${PART}(?:[ \t]*,[ \t]*${PART}){2,}`, 'giu');
/** Its opening look-behind is tried at every character; its part words find where to try it (start-filtered-matches.ts). */
const NUMBERED_PARTS_STARTS = startFiltered(NUMBERED_PARTS);
const DWELLING = /(?<![\p{L}])(?:house|hse|plot|flat|apartment|apt|villa|stand)(?![\p{L}])/iu;
const HINT = /,/u;

export function detectNumberedPartAddresses(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of filteredMatchesOf(NUMBERED_PARTS_STARTS, text)) {
    if (!DWELLING.test(match[0])) continue;
    found.push(withPartsAfter(text, addressBetween(text, match.index, match.index + match[0].length)));
  }
  return found;
}
