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

  it.each([
    ['cut short at a line end', (text: string) => text.split('\n').slice(0, 3).join('\n')],
    ['cut short inside a line', (text: string) => text.slice(0, -2)],
    ['emptied', () => ''],
    ['holding other lines of the same count', (text: string) => text.replace('łódź', 'lodz')],
  ])('derives the table again when the kept file was %s, and keeps a whole one', (_, damage) => {
    const { folder, data, derive, derivations, lines } = setup();
    mkdirSync(folder);
    createTableCache(folder).lines('names', [data], derive);
    const kept = join(folder, readdirSync(folder)[0]!);
    writeFileSync(kept, damage(readFileSync(kept, 'utf8')));
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

  it('does not keep a table whose lines hold a line end, an empty table, nor one whose data file is missing', () => {
    for (const table of [['one', 'two\nthree'], []]) {
      const unkept = setup(table);
      mkdirSync(unkept.folder);
      expect(createTableCache(unkept.folder).lines('names', [unkept.data], unkept.derive)).toEqual(table);
      expect(readdirSync(unkept.folder)).toEqual([]);
    }
    const missing = setup();
    mkdirSync(missing.folder);
    createTableCache(missing.folder).lines('names', [join(missing.folder, 'gone.txt')], missing.derive);
    createTableCache(missing.folder).lines('names', [join(missing.folder, 'gone.txt')], missing.derive);
    expect(missing.derivations()).toBe(2);
    expect(readdirSync(missing.folder)).toEqual([]);
  });
});
