/**
 * Channel restrictions, enforced in SQL. A folder with no rows in `knowledge_folder_channels` is
 * visible everywhere; a folder with rows is visible only where the scope matches one of them:
 *  - in a channel: its name (case-insensitive, `#` optional) or its id;
 *  - in a direct message: the reserved entry `dm` (or the DM's own channel id).
 * `dm` never matches a channel that is merely *named* "dm", so a DM-only folder cannot leak into
 * a public #dm channel. DMs do not inherit channel folders: we do not know which channels the
 * person belongs to, and a DM answer must not reveal what a channel restricts.
 */
import type Database from 'better-sqlite3';
import type { ChannelScope, KnowledgeSource } from '../types.ts';

export const DIRECT_MESSAGE_ENTRY = 'dm';
/** Bound in place of a name that must not match anything (no stored entry can be empty). */
const NO_MATCH = '';

export function normalizeChannel(entry: string): string {
  return entry.trim().replace(/^#/, '').toLowerCase();
}

/** Replaces the rules of the given folders (run before their documents are written, in one transaction). */
export function saveFolderAccess(sqlite: Database.Database, sources: readonly KnowledgeSource[]): void {
  const clear = sqlite.prepare('DELETE FROM knowledge_folder_channels WHERE folder = ?');
  const insert = sqlite.prepare('INSERT OR IGNORE INTO knowledge_folder_channels (folder, channel) VALUES (?, ?)');
  sqlite.transaction(() => {
    for (const source of sources) {
      clear.run(source.name);
      for (const channel of source.channels.map(normalizeChannel).filter((entry) => entry !== '')) insert.run(source.name, channel);
    }
  })();
}

export function removeFolderAccess(sqlite: Database.Database, keepFolders: readonly string[]): void {
  const placeholders = keepFolders.map(() => '?').join(', ');
  sqlite.prepare(`DELETE FROM knowledge_folder_channels WHERE folder NOT IN (${placeholders || "''"})`).run(...keepFolders);
}

/** SQL boolean over the documents alias `d`; binds the two values from `accessParams`. */
export const ACCESS_SQL = `(NOT EXISTS (SELECT 1 FROM knowledge_folder_channels a WHERE a.folder = d.folder)
  OR EXISTS (SELECT 1 FROM knowledge_folder_channels a WHERE a.folder = d.folder AND a.channel IN (?, ?)))`;

export type AccessParams = [string, string];

export function accessParams(scope: ChannelScope): AccessParams {
  const id = guard(normalizeChannel(scope.channelId));
  if (scope.isDirect) return [DIRECT_MESSAGE_ENTRY, id];
  return [guard(normalizeChannel(scope.channelName)), id];
}

/** The same rule as ACCESS_SQL, for a source's stored (normalized) channel list. */
export function visibleIn(channels: readonly string[], scope: ChannelScope): boolean {
  if (channels.length === 0) return true;
  const [first, second] = accessParams(scope);
  return channels.some((channel) => channel !== NO_MATCH && (channel === first || channel === second));
}

/** Only a direct message may present the reserved `dm` entry. */
function guard(value: string): string {
  return value === DIRECT_MESSAGE_ENTRY ? NO_MATCH : value;
}
