import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import wikipedia from 'compromise-wikipedia';
import { guardTables } from './table-cache.ts';

/**
 * The titles of about 38,000 popular English Wikipedia articles (compromise-wikipedia, MIT: the compromise
 * author's list, shipped compressed), of which the guard keeps the 30,000 of two words or more — "satya
 * nadella", "sherlock holmes", "ada lovelace", "goldman sachs", "jack daniel's", "abbey road studios". A
 * name written so is a public figure, a character, a firm or a work (public-figures.ts). One-word titles are
 * left out: "Bishop", "Fox" and "Denver" are colleagues as often as anything else.
 *
 * The package's published type is compromise's plugin (`nlp.extend`), whose `mutate(world, nlp)` hook fills
 * `world.model.wpTree` with `nlp.buildTrie(titles)`; handing it a `buildTrie` that returns its input gives the
 * titles themselves, without loading them into compromise's matcher. Should that ever fail after an
 * upgrade, the list is empty and every name stays masked — the test suite says so loudly.
 */
interface TitlePlugin {
  mutate: (world: { model: Record<string, unknown> }, nlp: { buildTrie: (titles: string[]) => unknown }) => void;
}

let titles: ReadonlySet<string> | undefined;

/** Whether words, folded by `titleKey`, are a popular article's title of two words or more. */
export function isPopularTitle(key: string): boolean {
  titles ??= loadTitles();
  return titles.has(key);
}

/** Lower case, curly apostrophes straight, accents dropped: "Alfonso Cuarón", "alfonso cuaron" and "ALFONSO CUARON" meet. */
export function titleKey(words: string): string {
  return words.toLowerCase().replace(/’/gu, "'").normalize('NFD').replace(/\p{M}/gu, '');
}

export function warmWikipediaTitles(): void {
  titles ??= loadTitles();
}

function loadTitles(): ReadonlySet<string> {
  return new Set(guardTables.lines('wikipedia-titles', titleSources(), () => [...readTitles()]));
}

/**
 * What the titles come from: the package's manifest and the model file its ES module imports (its `exports` map lets
 * only its entry be resolved, so the folder is found from there), and the trie library that unpacks it.
 */
function titleSources(): string[] {
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve('compromise-wikipedia')), '..');
  const manifest = join(root, 'package.json');
  return [manifest, join(root, 'src', '_model.js'), createRequire(manifest).resolve('efrt')];
}

function readTitles(): ReadonlySet<string> {
  const world: { model: Record<string, unknown> } = { model: {} };
  (wikipedia as unknown as TitlePlugin).mutate(world, { buildTrie: (list) => list });
  const list = world.model['wpTree'];
  if (!Array.isArray(list)) return new Set();
  return new Set(list.filter((title): title is string => typeof title === 'string' && title.includes(' ')).map(titleKey));
}
