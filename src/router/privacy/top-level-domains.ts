import { isRegionCode } from './region-codes.ts';

/** The generic top-level domains people's addresses use; country codes are every region's two letters. */
const GENERIC_TOP_LEVEL: ReadonlySet<string> = new Set(['com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'dev', 'app', 'io', 'xyz', 'online', 'tech', 'email', 'mail']);

/** Whether a label may end an address: a generic top-level domain or a country's ("in", "it", "at", "be"). */
export function isTopLevelDomain(label: string): boolean {
  const lower = label.toLowerCase();
  if (GENERIC_TOP_LEVEL.has(lower)) return true;
  if (lower.length !== 2 || lower === 'zz') return false;
  return isRegionCode(lower);
}

/** Whether a label is one of the generic top-level domains ("com", "org", "io"), which no one's handle ends with. */
export function isGenericTopLevelDomain(label: string): boolean {
  return GENERIC_TOP_LEVEL.has(label.toLowerCase());
}
