/**
 * The guard's derived word tables, kept beside a compiled build (src/router/privacy/table-cache.ts): derived
 * once, read back as derived, derived again whenever what they came from changed or what was kept cannot be
 * trusted, and never kept where there is no build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTableCache } from '../../src/router/privacy/table-cache.ts';
import { makeTempDir } from '../support/temp-dirs.ts';

/** A folder for kept tables, a data file the table is derived from, and a derivation that counts its calls. */
function setup(lines: readonly string[] = ['zoë', 'łódź', '', 'o’brien', 'עברית\t12']) {
  const folder = join(makeTempDir('tandem-tables-'), 'tables');
  const root = makeTempDir('tandem-table-data-');
  const data = join(root, 'names.txt');
  writeFileSync(data, 'source data');
  let derived = 0;
  const derive = () => {
    derived += 1;
    return lines;
  };
  return { folder, data, derive, derivations: () => derived, lines };
}

describe('the guard\'s kept word tables', () => {
  it('derives a table once and reads it back, line for line, in the next process\'s cache', () => {
    const { folder, data, derive, derivations, lines } = setup();
    mkdirSync(folder);
    expect(createTableCache(folder).lines('names', [data], derive)).toEqual(lines);
    expect(derivations()).toBe(1);
    expect(readdirSync(folder)).toHaveLength(1);
    // A new cache over the same folder stands for the next process.
    expect(createTableCache(folder).lines('names', [data], derive)).toEqual(lines);
    expect(derivations()).toBe(1);
  });

  it('derives the table again once a file it came from changed (an upgraded package)', () => {
    const { folder, data, derive, derivations } = setup();
    mkdirSync(folder);
    createTableCache(folder).lines('names', [data], derive);
    writeFileSync(data, 'source data, version 2');
    utimesSync(data, new Date(2030, 0, 1), new Date(2030, 0, 1));
    createTableCache(folder).lines('names', [data], derive);
    expect(derivations()).toBe(2);
  });

  it('derives the table again when the kept file was cut short, and keeps a whole one', () => {
    const { folder, data, derive, derivations, lines } = setup();
    mkdirSync(folder);
    createTableCache(folder).lines('names', [data], derive);
    const kept = join(folder, readdirSync(folder)[0]!);
    writeFileSync(kept, readFileSync(kept, 'utf8').split('\n').slice(0, 3).join('\n'));
    expect(createTableCache(folder).lines('names', [data], derive)).toEqual(lines);
    expect(derivations()).toBe(2);
    expect(createTableCache(folder).lines('names', [data], derive)).toEqual(lines);
    expect(derivations()).toBe(2);
  });

  it('keeps nothing where there is no build\'s folder (running from the sources), and derives every time', () => {
    const { folder, data, derive, derivations } = setup();
    createTableCache(folder).lines('names', [data], derive);
    createTableCache(folder).lines('names', [data], derive);
    expect(derivations()).toBe(2);
    expect(existsSync(folder)).toBe(false);
    createTableCache(undefined).lines('names', [data], derive);
    expect(derivations()).toBe(3);
  });

  it('does not keep a table whose lines hold a line end, nor one whose data file is missing', () => {
    const withBreak = setup(['one', 'two\nthree']);
    mkdirSync(withBreak.folder);
    expect(createTableCache(withBreak.folder).lines('names', [withBreak.data], withBreak.derive)).toEqual(['one', 'two\nthree']);
    expect(readdirSync(withBreak.folder)).toEqual([]);
    const missing = setup();
    mkdirSync(missing.folder);
    createTableCache(missing.folder).lines('names', [join(missing.folder, 'gone.txt')], missing.derive);
    createTableCache(missing.folder).lines('names', [join(missing.folder, 'gone.txt')], missing.derive);
    expect(missing.derivations()).toBe(2);
    expect(readdirSync(missing.folder)).toEqual([]);
  });
});
