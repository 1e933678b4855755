import type { Candidate } from './types.ts';

/**
 * A company's registered or trading address is not personal data: "Google LLC, 1600 Amphitheatre Parkway,
 * Mountain View, CA 94043", "Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000", "our own
 * registered office: Tandem Labs Ltd, 2nd Floor, 14 Mortimer Street…". An address that opens with, or
 * follows on its line or the line above, a firm's name with its corporate legal form stays in the message.
 * A sole trader's form ("EI", "e.K.", "sole trader") names a person's business at a person's address, and
 * the address is masked as any other; so is a person's name, which the name passes read on their own.
 */
const LEGAL_FORM = String.raw`(?:Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Incorporated|Corp\.?|Corporation|GmbH|AG|SE|S\.A\.|SA|SAS|SARL|S\.à r\.l\.|B\.V\.|BV|N\.V\.|NV|Pty\.? Ltd\.?|PLC|plc|LLP|Oy|Oyj|AB|ASA|A\/S|S\.p\.A\.|SpA|S\.r\.l\.|Srl|K\.K\.|KK|Sp\. z o\.o\.|s\.r\.o\.|Kft\.?|Zrt\.?)`;
/** The firm right before the address: one to five capitalised words (or ones with digits and "&") and the legal form, then a comma, a dot or a line break. */
const FIRM_BEFORE = new RegExp(String.raw`(?:^|[\n:;"“(])[ \t]*(?:[\p{Lu}\d][\p{L}\p{M}\d&'’.-]*[ \t]+){1,5}${LEGAL_FORM}[ \t]*(?:[,·|–—-][ \t]*)?(?:\r?\n[ \t]*)?$`, 'u');
/** The firm as the address's first part. */
const FIRM_OPENING = new RegExp(String.raw`^(?:[\p{Lu}\d][\p{L}\p{M}\d&'’.-]*[ \t]+){1,5}${LEGAL_FORM}[ \t]*[,\n]`, 'u');
const REACH = 80;

export function withoutBusinessAddresses(text: string, candidates: Candidate[]): Candidate[] {
  if (!candidates.some((candidate) => candidate.type === 'ADDRESS')) return candidates;
  const kept = candidates.filter((candidate) => candidate.type !== 'ADDRESS' || !isBusinessAddress(text, candidate));
  return kept.length === candidates.length ? candidates : kept;
}

function isBusinessAddress(text: string, address: Candidate): boolean {
  if (FIRM_OPENING.test(address.value)) return true;
  return FIRM_BEFORE.test(text.slice(Math.max(0, address.start - REACH), address.start));
}
