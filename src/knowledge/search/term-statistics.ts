/**
 * How informative each query concept is in the part of the index the asking channel may see:
 * its document frequency (chunks containing it) and the number of visible chunks. Restricted
 * folders the scope cannot see do not count: the weights reveal nothing about them.
 *
 * Speed: when the scope sees every folder (the common case), frequencies come from FTS5's own
 * vocabulary table (one indexed lookup per stem; a phrase counts as its rarest word, an upper
 * bound) — on a large index, a common stem's count from the ones kept at ingest
 * (common-terms.ts), since the vocabulary counts a stem by walking all of its rows. Only a
 * scope that some folder is hidden from pays for exact counts over what it sees,
 * one FTS5 query per concept. Everything is cached until the index changes: the owner calls
 * refresh() once per question, before anything else, and the counts hold for that question (the
 * version query is cheap, but a question asks for counts dozens of times).
 */
import type Database from 'better-sqlite3';
import { createVocabularyTable, indexVersion, LARGE_INDEX_CHUNKS, readCommonTerms, VOCABULARY_TABLE } from '../store/common-terms.ts';
import { ACCESS_SQL, type AccessParams } from '../store/folder-access.ts';
import { KnowledgeMeta } from '../store/meta.ts';
import type { QueryConcept } from './query-terms.ts';
import { plainIndexTerm, stem } from './stemmer.ts';
import type { Phrase } from './synonyms.ts';
import { NeighbourMap, neighbourTerms, type Vocabulary } from './vocabulary-neighbours.ts';

export interface ConceptFrequencies {
  /** Visible chunks. */
  total: number;
  /**
   * Visible chunks containing each concept, in concept order: as the person wrote it when the
   * index has it (a concept's synonyms must not make a rare word look common), otherwise any of
   * its phrases (a typo's correction, a synonym the handbook uses instead).
   */
  frequencies: number[];
}

/** Entries kept per index version before the cache starts over: bounds memory on odd traffic. */
const MAX_CACHED = 20_000;

export class TermStatistics {
  private readonly countMatches: Database.Statement<[string, string, string], { count: number }>;
  private readonly countVisible: Database.Statement<[string, string], { count: number }>;
  private readonly version: Database.Statement<[], { version: string }>;
  private cacheVersion = '';
  private readonly cache = new Map<string, number>();
  private firstLetterCache: string[] | undefined;
  private readonly prefixCache = new Map<string, string[]>();
  private readonly neighbourCache = new Map<string, string[]>();
  private wholeVocabulary: NeighbourMap | undefined;
  /** A small index's whole vocabulary, term → passages holding it (see wordTermCount). */
  private termCounts: Map<string, number> | undefined;
  private small: boolean | undefined;
  /** A large index's common terms, as counted at ingest (common-terms.ts); null when none describe this index. */
  private commonTerms: Map<string, number> | null | undefined;
  private meta: KnowledgeMeta | undefined;
  private readonly corrections = new Map<string, Phrase | null>();
  private vocabularyRange: Database.Statement<[string, string], { term: string }> | undefined;
  private vocabularyNext: Database.Statement<[string], { term: string }> | undefined;
  private readonly hiddenFolders: Database.Statement<[string, string], { hidden: number }>;
  private readonly countAll: Database.Statement<[], { count: number }>;
  private vocabularyLookup: Database.Statement<[string], { doc: number }> | undefined;
  private vocabularyPrefix: Database.Statement<[string, string, number], { term: string; doc: number }> | undefined;

  constructor(private readonly sqlite: Database.Database) {
    // Here, not inside a question's read transaction (common-terms.ts).
    createVocabularyTable(sqlite);
    this.countMatches = sqlite.prepare(`
      SELECT count(*) AS count FROM knowledge_chunks_fts
      JOIN knowledge_chunks c ON c.id = knowledge_chunks_fts.rowid
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE knowledge_chunks_fts MATCH ? AND ${ACCESS_SQL}`);
    this.countVisible = sqlite.prepare(`
      SELECT count(*) AS count FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id WHERE ${ACCESS_SQL}`);
    this.hiddenFolders = sqlite.prepare(`
      SELECT count(*) AS hidden FROM (SELECT folder FROM knowledge_folder_channels GROUP BY folder HAVING sum(channel IN (?, ?)) = 0)`);
    this.countAll = sqlite.prepare('SELECT count(*) AS count FROM knowledge_chunks');
    // The folders' access rules are part of the version: whether a scope sees every folder is cached, and a
    // restriction added with no file changed, within the same clock reading, must still hide the folder at once.
    this.version = sqlite.prepare(`
      SELECT coalesce((SELECT value FROM knowledge_meta WHERE key = 'last_ingest_at'), '') || ':' ||
             coalesce((SELECT max(id) FROM knowledge_chunks), 0) || ':' ||
             coalesce((SELECT max(id) FROM knowledge_documents), 0) || ':' ||
             coalesce((SELECT group_concat(folder || char(31) || channel, char(30))
                       FROM (SELECT folder, channel FROM knowledge_folder_channels ORDER BY folder, channel)), '') AS version`);
  }

  frequencies(concepts: readonly QueryConcept[], access: AccessParams): ConceptFrequencies {
    const count = this.seesEverything(access) ? (phrases: readonly Phrase[]) => this.vocabularyCount(phrases) : (phrases: readonly Phrase[]) => this.exactCount(phrases, access);
    const total = this.seesEverything(access)
      ? this.cached('total', () => this.countAll.get()?.count ?? 0)
      : this.cached(`total\u0000${access.join('\u0000')}`, () => this.countVisible.get(...access)?.count ?? 0);
    const frequencies = concepts.map((concept) => count(concept.phrases.slice(0, 1)) || count(concept.phrases));
    return { total, frequencies };
  }

  /** Visible chunks containing `word` as FTS5 would search it (for spelling suggestions). */
  wordFrequency(word: string, access: AccessParams): number {
    const phrase = [{ words: [word], stems: [stem(word)] }];
    return this.seesEverything(access) ? this.vocabularyCount(phrase) : this.exactCount(phrase, access);
  }

  /**
   * Whether no passage at all can hold the phrase: one of its words is lower-case ASCII letters and
   * digits, which FTS5 reads as one token and stems as indexTerm() does, and that term is nowhere in
   * the index. A pasted message is full of names, numbers and ids the index lacks; this answers
   * for them without counting rows in FTS5.
   */
  lacksPhrase(phrase: Phrase): boolean {
    return phrase.words.some((word) => {
      const term = plainIndexTerm(word);
      return term !== undefined && this.wordTermCount(term) === 0;
    });
  }

  /**
   * The passages of the whole index holding a one-word phrase, exactly, from the vocabulary (the
   * count lacksPhrase reads); undefined for a phrase FTS5 would not read as one token.
   */
  vocabularyRows(phrase: Phrase): number | undefined {
    const term = phrase.words.length === 1 ? plainIndexTerm(phrase.words[0]!) : undefined;
    return term === undefined ? undefined : this.wordTermCount(term);
  }

  /** Whether no folder is hidden from the scope (cached until the index changes). */
  seesEverything(access: AccessParams): boolean {
    return this.cached(`hidden\u0000${access.join('\u0000')}`, () => this.hiddenFolders.get(...access)?.hidden ?? 1) === 0;
  }

  /** Any phrase's count, a phrase counting as its rarest word (FTS5's vocabulary has single terms only). */
  private vocabularyCount(phrases: readonly Phrase[]): number {
    // Loops, not spread arrays: a long message asks this for dozens of concepts.
    let most = 0;
    for (const phrase of phrases) {
      if (phrase.stems.length === 0) continue;
      let rarest = Number.POSITIVE_INFINITY;
      for (const term of phrase.stems) rarest = Math.min(rarest, this.wordTermCount(term));
      most = Math.max(most, rarest);
    }
    return most;
  }

  private exactCount(phrases: readonly Phrase[], access: AccessParams): number {
    const match = matchAny(phrases);
    if (!match) return 0;
    return this.cached(`${access.join('\u0000')}\u0000${match}`, () => this.countMatches.get(match, ...access)?.count ?? 0);
  }

  /**
   * Index terms (stems, as FTS5 holds them) within one edit of `word`, asking the vocabulary only
   * about terms that could qualify (vocabulary-neighbours.ts). The vocabulary is the whole
   * index's; callers keep only neighbours the scope can see (wordFrequency > 0).
   */
  vocabularyNeighbours(word: string): string[] {
    const known = this.neighbourCache.get(word);
    if (known) return known;
    if (this.neighbourCache.size >= MAX_CACHED) this.neighbourCache.clear();
    // A small index's whole vocabulary is mapped at once (milliseconds, and every later word is a
    // map lookup); a large one's would cost the first misspelt question most of a second.
    const found = this.isSmall() ? (this.wholeVocabulary ??= new NeighbourMap(this.wholeTermCounts().keys())).neighbours(word) : neighbourTerms(word, this.vocabulary());
    this.neighbourCache.set(word, found);
    return found;
  }

  /**
   * Index terms (stems) that start with `prefix` and are at least `minLength` long, with the
   * passages holding each, read from the sorted vocabulary by one range scan (a few rows: only
   * longer words that begin with the prefix).
   */
  termsWithPrefix(prefix: string, minLength: number): { term: string; passages: number }[] {
    const upper = prefix.slice(0, -1) + afterLetter(prefix.slice(-1));
    this.vocabularyPrefix ??= this.sqlite.prepare<[string, string, number], { term: string; doc: number }>(
      `SELECT term, doc FROM ${VOCABULARY_TABLE} WHERE term >= ? AND term < ? AND length(term) >= ? LIMIT 200`,
    );
    return this.vocabularyPrefix.all(prefix, upper, minLength).map((row) => ({ term: row.term, passages: row.doc }));
  }

  /** Whether the index holds no passage at all (nothing to search, whatever the scope). */
  isEmpty(): boolean {
    return this.cached('total', () => this.countAll.get()?.count ?? 0) === 0;
  }

  /**
   * A misspelt word's correction, computed once per index version and scope: a long message
   * brings the same names and typos back, and each correction asks about dozens of candidate
   * words. `null` when there is none.
   */
  correction(key: string, compute: () => Phrase | undefined): Phrase | undefined {
    const known = this.corrections.get(key);
    if (known !== undefined) return known ?? undefined;
    if (this.corrections.size >= MAX_CACHED) this.corrections.clear();
    const found = compute();
    this.corrections.set(key, found ?? null);
    return found;
  }

  private isSmall(): boolean {
    // Asked for every term looked up: kept with the counts, until the index changes.
    return (this.small ??= this.cached('total', () => this.countAll.get()?.count ?? 0) <= LARGE_INDEX_CHUNKS);
  }

  /** Every term with its passage count, read in one pass (milliseconds on a small index). */
  private wholeTermCounts(): Map<string, number> {
    this.termCounts ??= new Map(
      [...this.sqlite.prepare<[], { term: string; doc: number }>(`SELECT term, doc FROM ${VOCABULARY_TABLE}`).iterate()].map((row) => [row.term, row.doc]),
    );
    return this.termCounts;
  }

  private vocabulary(): Vocabulary {
    const sqlite = this.sqlite;
    this.vocabularyRange ??= sqlite.prepare<[string, string], { term: string }>(`SELECT term FROM ${VOCABULARY_TABLE} WHERE term >= ? AND term < ?`);
    this.vocabularyNext ??= sqlite.prepare<[string], { term: string }>(`SELECT term FROM ${VOCABULARY_TABLE} WHERE term >= ? LIMIT 1`);
    const range = this.vocabularyRange;
    const next = this.vocabularyNext;
    return {
      termsStartingWith: (prefix) => this.prefixCache.get(prefix) ?? this.remember(prefix, [...range.iterate(prefix, afterLetter(prefix))].map((row) => row.term)),
      has: (term) => this.wordTermCount(term) > 0,
      firstLetters: () => (this.firstLetterCache ??= distinctFirstLetters(next)),
    };
  }

  /** Each letter's terms are read once per index version: reading FTS5's vocabulary costs per row. */
  private remember(prefix: string, terms: string[]): string[] {
    this.prefixCache.set(prefix, terms);
    return terms;
  }

  private wordTermCount(term: string): number {
    // A small index answers from its whole vocabulary in memory: the same counts, no query per word.
    if (this.isSmall()) return this.wholeTermCounts().get(term) ?? 0;
    // A common term's count was kept at ingest; any other term's walk through FTS5 is short.
    // Read once per version; null (none stored for this index) is remembered too.
    if (this.commonTerms === undefined) this.commonTerms = readCommonTerms((this.meta ??= new KnowledgeMeta(this.sqlite)), indexVersion(this.sqlite)) ?? null;
    const common = this.commonTerms?.get(term);
    if (common !== undefined) return common;
    this.vocabularyLookup ??= this.sqlite.prepare<[string], { doc: number }>(`SELECT doc FROM ${VOCABULARY_TABLE} WHERE term = ?`);
    const lookup = this.vocabularyLookup;
    return this.cached(`term\u0000${term}`, () => lookup.get(term)?.doc ?? 0);
  }

  /** Forget every cached count: the caller changed the index in a way the version key may not show. */
  invalidate(): void {
    this.cacheVersion = '';
    this.commonTerms = undefined;
  }

  /** Starts over when the index has changed since the last question; call once per question. */
  refresh(): void {
    const version = this.version.get()?.version ?? '';
    if (version !== this.cacheVersion) {
      this.firstLetterCache = undefined;
      this.prefixCache.clear();
      this.neighbourCache.clear();
      this.wholeVocabulary = undefined;
      this.termCounts = undefined;
      this.small = undefined;
      this.commonTerms = undefined;
      this.corrections.clear();
      this.cacheVersion = version;
      this.cache.clear();
    } else if (this.cache.size >= MAX_CACHED) this.cache.clear();
  }

  private cached(key: string, compute: () => number): number {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}

/** Quoted phrases OR-ed, as in fts-query.ts: nothing typed can change the query's syntax. */
function matchAny(phrases: readonly Phrase[]): string | undefined {
  const quoted = phrases.filter((phrase) => phrase.words.length > 0).map((phrase) => `"${phrase.words.join(' ').replace(/"/g, '""')}"`);
  return quoted.length === 0 ? undefined : quoted.join(' OR ');
}

/**
 * One seek per distinct first letter: FTS5's vocabulary comes in term order, so the first term at
 * or after everything starting with a letter starts with the next letter present.
 */
function distinctFirstLetters(next: Database.Statement<[string], { term: string }>): string[] {
  const letters: string[] = [];
  let after = '';
  for (let row = next.get(after); row; row = next.get(after)) {
    const first = String.fromCodePoint(row.term.codePointAt(0)!);
    if (/\p{L}/u.test(first)) letters.push(first);
    after = afterLetter(first);
  }
  return letters;
}

/** The smallest string sorting after every string that starts with `letter` (skipping surrogates). */
function afterLetter(letter: string): string {
  const next = letter.codePointAt(0)! + 1;
  return String.fromCodePoint(next >= 0xd800 && next <= 0xdfff ? 0xe000 : next);
}
