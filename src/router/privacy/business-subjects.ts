import { FROM_FIRM_AFTER } from './detect-person-relations.ts';
import { isKnownNameWord } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import type { Candidate } from './types.ts';

/**
 * Firms are named after people ("Hilton", "Marriott", "Bosch", "Johnson Controls"), and in a sales or
 * support chat they are the subject of what only firms do: pilot a module, be a prospect or a retail logo, ask
 * for an SLA, have a city's team ("Heineken's Amsterdam team"). Not single sign-on: people ask for it too. Seen after the name, or after the list it
 * stands in ("Hilton and Marriott both asked for…"). People do other things ("asked for a review").
 */
const FIRM_DOING = String.raw`(?:both\s+|all\s+)?(?:is|are|was|were)\s+(?:piloting|trialling|trialing|evaluating|licensing|reselling|churning|renewing)\b`;
const FIRM_BEING = String.raw`(?:is|are|was|were)\s+(?:(?:a|an|our|the|one\s+of\s+our)\s+)?(?:new\s+|big(?:gest)?\s+|key\s+|potential\s+|enterprise\s+|retail\s+|b2b\s+|strategic\s+|partner\s+)?(?:prospects?|vendors?|suppliers?|resellers?|competitors?|brands?|compan(?:y|ies)|firms?|startups?|retailers?|distributors?|manufacturers?|logos?)\b`;
const FIRM_ASKING = String.raw`(?:both\s+|all\s+)?(?:asked|ask|want|wants|wanted|need|needs|requested|request)\s+(?:for\s+)?(?:a|an|the)?\s*(?:[\p{L}-]+\s+)?(?:sla|slas|soc\s*2|iso\s*27001|dpa|msa|sow|rfp|rfi|volume\s+discount|on-?prem(?:ise)?\s+install)\b`;
const CITY_TEAM = String.raw`['’]s\s+\p{Lu}\p{Ll}+\s+(?:team|office|branch|site|plant|subsidiary)\b`;
/**
 * What only firms answer or sit on: "both declined the RFP", "won the tender", "are both on the retail prospect list".
 * Not a pipeline (candidates are in one) nor a customer or vendor list (people buy and freelance).
 */
const FIRM_TENDERING = String.raw`(?:both\s+|all\s+)?(?:declined|answered|responded\s+to|won|lost|submitted|withdrew\s+from|bid\s+on)\s+(?:the|our|this|their)\s+(?:\p{L}+\s+)?(?:rfps?|rfis?|rfqs?|tenders?)\b`;
const FIRM_LISTED = String.raw`(?:(?:is|are|were|was)\s+)?(?:both\s+|all\s+)?(?:in|on)\s+(?:the|our)\s+(?:[\p{L}\d]+\s+){0,2}?(?:prospect\s+list|target\s+accounts?\s+list|target\s+accounts|account\s+list)\b`;
const FIRM_AFTER = new RegExp(String.raw`^(?:\s+(?:${FIRM_DOING}|${FIRM_BEING}|${FIRM_ASKING}|${FIRM_TENDERING}|${FIRM_LISTED})|${CITY_TEAM})`, 'iu');
/** The rest of a list of capitalised names after the candidate: ", Hyatt and Marriott". */
const LIST_REST = /^(?:\s*(?:,|&|\+|\band\b)\s*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)*/u;

/** The name right before "from": "Oyelaran from Flutterwave emailed" — the firm is where Oyelaran works. */
const HEAD_BEFORE_FROM = /(\p{Lu}[\p{L}\p{M}'’-]+) from (?:the )?$/u;

/** A firm after someone's name and "from", before what that person did; never a name the lexicon knows. */
function isFirmOfPersonBefore(text: string, candidate: Candidate): boolean {
  const head = HEAD_BEFORE_FROM.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start));
  if (head === null) return false;
  const facts = factsOf(head[1]!);
  // The big names list holds most firms' names too ("Kaspi"); the lexicon's first names and surnames are people's.
  if (facts.kind !== 'name' || facts.tool || candidate.value.split(' ').some((word) => isKnownNameWord(word))) return false;
  const headEnd = candidate.start - head[0].length + head[1]!.length;
  return FROM_FIRM_AFTER.test(text.slice(headEnd, headEnd + 64));
}

export function isFirmDoingBusiness(text: string, candidate: Candidate): boolean {
  const after = text.slice(candidate.end, candidate.end + 120);
  if (FIRM_AFTER.test(after) || isFirmOfPersonBefore(text, candidate)) return true;
  const rest = LIST_REST.exec(after)?.[0] ?? '';
  return rest.length > 0 && FIRM_AFTER.test(after.slice(rest.length));
}
