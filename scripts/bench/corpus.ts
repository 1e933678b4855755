/**
 * A deterministic synthetic knowledge base for the benchmarks, and questions asked of it the way
 * people ask: from a passage's heading or from one of its sentences, common words included.
 *
 * Words are real o200k word pieces ("the", "policy", "meeting"…) in token-id order, which is roughly
 * frequency order and becomes the Zipf rank: a few words are in nearly every passage, most are rare,
 * as in real prose. Each Markdown file has a title and ten sections of 100–160 words (one passage
 * each). Seeded, so every run and every machine sees the same corpus and questions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'gpt-tokenizer';

export const SECTIONS_PER_DOCUMENT = 10;
const VOCABULARY_SIZE = 30_000;
/** Heading words come from the middle of the distribution: topics, not filler. */
const HEADING_RANKS = { from: 300, to: 12_000 };
const QUESTION_OPENERS = ['how do i', 'what is the', 'where can i find', 'can you explain', 'whats our', 'is there a', 'who handles', 'tell me about'];

export interface BenchQuestion {
  text: string;
  /** The passage asked about: its file (relative to the corpus folder) and section ordinal. */
  file: string;
  section: number;
  /** The section's own heading (the last part of the passage's heading path). */
  heading: string;
  kind: 'heading' | 'sentence';
}

export interface BenchCorpus {
  /** Relative path → Markdown. */
  files: Map<string, string>;
  questions: BenchQuestion[];
  passages: number;
}

/** mulberry32: tiny, fast and good enough to make the corpus identical on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let cachedVocabulary: string[] | undefined;

/** The o200k tokens that are a space plus 3–14 lower-case letters, in token-id order. */
export function vocabulary(): string[] {
  if (cachedVocabulary) return cachedVocabulary;
  const words: string[] = [];
  for (let id = 0; words.length < VOCABULARY_SIZE && id < 200_000; id++) {
    const piece = decode([id]);
    if (/^ [a-z]{3,14}$/.test(piece)) words.push(piece.slice(1));
  }
  cachedVocabulary = words;
  return words;
}

/** Zipf (s = 1) sampler by inverse CDF over word ranks. */
export function zipfSampler(random: () => number, size: number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export function generateCorpus(passages: number, questionCount: number, seed = 20_261_202): BenchCorpus {
  const random = prng(seed + passages);
  const words = vocabulary();
  const sample = zipfSampler(random, words.length);
  const topic = () => words[HEADING_RANKS.from + Math.floor(random() * (HEADING_RANKS.to - HEADING_RANKS.from))]!;
  const files = new Map<string, string>();
  const sections: Array<{ file: string; heading: string; body: string[] }> = [];
  const documents = Math.ceil(passages / SECTIONS_PER_DOCUMENT);
  for (let document = 0; document < documents; document++) {
    const file = `part-${Math.floor(document / 1000)}/doc-${document}.md`;
    const count = Math.min(SECTIONS_PER_DOCUMENT, passages - document * SECTIONS_PER_DOCUMENT);
    const parts = [`# ${topic()} ${topic()} ${document}`];
    for (let section = 0; section < count; section++) {
      const heading = `${topic()} ${topic()}`;
      const body = Array.from({ length: 100 + Math.floor(random() * 60) }, () => words[sample()]!);
      sections.push({ file, heading, body });
      parts.push(`## ${heading}\n\n${body.join(' ')}`);
    }
    files.set(file, `${parts.join('\n\n')}\n`);
  }
  return { files, questions: askQuestions(sections, questionCount, random), passages };
}

function askQuestions(sections: Array<{ file: string; heading: string; body: string[] }>, count: number, random: () => number): BenchQuestion[] {
  const questions: BenchQuestion[] = [];
  const used = new Set<number>();
  while (questions.length < Math.min(count, sections.length)) {
    const index = Math.floor(random() * sections.length);
    if (used.has(index)) continue;
    used.add(index);
    const { file, heading, body } = sections[index]!;
    const section = index % SECTIONS_PER_DOCUMENT;
    const opener = QUESTION_OPENERS[Math.floor(random() * QUESTION_OPENERS.length)]!;
    if (questions.length % 2 === 0) {
      questions.push({ text: `${opener} ${heading}?`, file, section, heading, kind: 'heading' });
    } else {
      // A key sentence, as someone half-remembers it: 6–10 consecutive words, common ones included.
      const length = 6 + Math.floor(random() * 5);
      const start = Math.floor(random() * (body.length - length));
      questions.push({ text: `${opener} ${body.slice(start, start + length).join(' ')}`, file, section, heading, kind: 'sentence' });
    }
  }
  return questions;
}

export function writeCorpus(corpus: BenchCorpus, folder: string): void {
  for (const [file, markdown] of corpus.files) {
    const path = join(folder, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, markdown);
  }
}
