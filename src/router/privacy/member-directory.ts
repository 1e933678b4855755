import { createBoundedCache } from './bounded-cache.ts';
import { isCommonWord } from './name-lexicon.ts';
import { escapeRegExp } from './text-scan.ts';

interface DirectoryAlias {
  /** Shared by every alias of one member, so "Alice" and "Alice Johnson" get one placeholder. */
  identity: string;
  /** Common-word aliases ("Will", "Mark") count only when capitalised and not sentence-initial. */
  needsCapital: boolean;
}

export interface MemberDirectory {
  pattern: RegExp | undefined;
  aliases: ReadonlyMap<string, DirectoryAlias>;
}

const cache = createBoundedCache<MemberDirectory>(16);

/** Compiled once per distinct list of names; callers may pass a fresh array on every message. */
export function memberDirectoryFor(names: readonly string[] | undefined): MemberDirectory | undefined {
  if (names === undefined || names.length === 0) return undefined;
  const key = names.join('\u0000');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const directory = buildDirectory(names);
  cache.set(key, directory);
  return directory;
}

function buildDirectory(names: readonly string[]): MemberDirectory {
  const members = names.map((name) => name.trim().replace(/\s+/g, ' ')).filter((name) => /\p{L}{2}/u.test(name));
  const aliases = new Map<string, DirectoryAlias>();
  for (const member of members) {
    const lower = member.toLowerCase();
    aliases.set(lower, { identity: lower, needsCapital: !member.includes(' ') && needsCapital(member) });
  }
  addPartAliases(members, aliases, (parts) => parts[0]);
  addPartAliases(members, aliases, (parts) => (parts.length > 1 ? parts[parts.length - 1] : undefined));
  const alternatives = [...aliases.keys()].sort((left, right) => right.length - left.length).map(toPatternSource);
  const pattern =
    alternatives.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return { pattern, aliases };
}

/**
 * First names (and surnames) alone. One owner: linked to that member. Several owners: still a person,
 * just not linked to either, because "when unsure, redact rather than leak".
 */
function addPartAliases(members: readonly string[], aliases: Map<string, DirectoryAlias>, pick: (parts: string[]) => string | undefined): void {
  const owners = new Map<string, string[]>();
  for (const member of members) {
    const parts = member.split(' ');
    if (parts.length < 2) continue;
    const part = pick(parts)?.replace(/[.,]$/, '');
    if (part === undefined || part.length < 2) continue;
    const lower = part.toLowerCase();
    owners.set(lower, [...(owners.get(lower) ?? []), member.toLowerCase()]);
  }
  for (const [part, memberIdentities] of owners) {
    if (aliases.has(part)) continue;
    const identity = memberIdentities.length === 1 ? (memberIdentities[0] ?? part) : part;
    aliases.set(part, { identity, needsCapital: needsCapital(part) });
  }
}

function needsCapital(word: string): boolean {
  return word.length < 3 || isCommonWord(word);
}

function toPatternSource(alias: string): string {
  return escapeRegExp(alias).replace(/ /g, '\\s+');
}
