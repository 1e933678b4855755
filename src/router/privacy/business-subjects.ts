import type { Candidate } from './types.ts';

/**
 * Firms are named after people ("Hilton", "Marriott", "Bosch", "Johnson Controls"), and in a sales or
 * support chat they are the subject of what only firms do: pilot a module, be a prospect, ask for an
 * SLA, have a city's team ("Heineken's Amsterdam team"). Seen after the name, or after the list it
 * stands in ("Hilton and Marriott both asked for…"). People do other things ("asked for a review").
 */
const FIRM_DOING = String.raw`(?:both\s+|all\s+)?(?:is|are|was|were)\s+(?:piloting|trialling|trialing|evaluating|licensing|reselling|churning|renewing)\b`;
const FIRM_BEING = String.raw`(?:is|are|was|were)\s+(?:(?:a|an|our|the|one\s+of\s+our)\s+)?(?:new\s+|big(?:gest)?\s+|key\s+|potential\s+|enterprise\s+)?(?:prospects?|vendors?|suppliers?|resellers?|competitors?|brands?|compan(?:y|ies)|firms?|startups?|retailers?|distributors?|manufacturers?|logos?)\b`;
const FIRM_ASKING = String.raw`(?:both\s+|all\s+)?(?:asked|ask|want|wants|wanted|need|needs|requested|request)\s+(?:for\s+)?(?:a|an|the)?\s*(?:[\p{L}-]+\s+)?(?:sla|slas|soc\s*2|iso\s*27001|dpa|msa|sow|rfp|rfi|volume\s+discount|on-?prem(?:ise)?\s+install)\b`;
const CITY_TEAM = String.raw`['’]s\s+\p{Lu}\p{Ll}+\s+(?:team|office|branch|site|plant|subsidiary)\b`;
const FIRM_AFTER = new RegExp(String.raw`^(?:\s+(?:${FIRM_DOING}|${FIRM_BEING}|${FIRM_ASKING})|${CITY_TEAM})`, 'iu');
/** The rest of a list of capitalised names after the candidate: ", Hyatt and Marriott". */
const LIST_REST = /^(?:\s*(?:,|&|\+|\band\b)\s*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)*/u;

export function isFirmDoingBusiness(text: string, candidate: Candidate): boolean {
  const after = text.slice(candidate.end, candidate.end + 120);
  if (FIRM_AFTER.test(after)) return true;
  const rest = LIST_REST.exec(after)?.[0] ?? '';
  return rest.length > 0 && FIRM_AFTER.test(after.slice(rest.length));
}
