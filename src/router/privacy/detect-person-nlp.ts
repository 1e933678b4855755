import nlp from 'compromise';
import { isCommonWord, isProductWord } from './name-lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import { isSentenceStart } from './sentence-position.ts';
import type { Candidate } from './types.ts';

interface Span {
  start: number;
  end: number;
}

interface PersonOffset {
  offset?: { start: number; length: number };
}

const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'du']);
const WINDOW_REACH = 60;
const CACHE_LIMIT = 512;
const windowCache = new Map<string, Span[]>();

/**
 * Names not in the directory. The lexicon settles clear cases ("Sarah Connor"); compromise's tagger
 * (`people()`) only sees a short clause around words that are names *and* ordinary words
 * ("Mark", "Will", "April"), where sentence context decides.
 */
export function detectNlpNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const run of findNameRuns(text)) {
    if (run.verdict === 'person') {
      const candidate = cleanSpan(text, run.start, run.end);
      if (candidate !== undefined) found.push(candidate);
      continue;
    }
    if (cannotBeConfirmed(text, run.start, run.end)) continue;
    const windowStart = clauseEdge(text, run.start, -1);
    const windowText = text.slice(windowStart, clauseEdge(text, run.end, 1));
    for (const span of peopleIn(windowText)) {
      const start = windowStart + span.start;
      const end = windowStart + span.end;
      if (end <= run.start || start >= run.end) continue;
      const candidate = cleanSpan(text, start, end);
      if (candidate !== undefined) found.push(candidate);
    }
  }
  return dedupe(found);
}

/**
 * Skips the tagger when its answer could only be rejected: a lone honorific, or a lone common-word
 * name opening a sentence without a vocative comma ("Mark the ticket…") — see isPlausibleName.
 */
function cannotBeConfirmed(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Jr|Sr)\.?$/.test(value)) return true;
  return !value.includes(' ') && isSentenceStart(text, start) && isCommonWord(value) && !/^\s*,/.test(text.slice(end));
}

/** Walks to a sentence or line boundary, at most WINDOW_REACH characters away. */
function clauseEdge(text: string, from: number, direction: -1 | 1): number {
  const limit = direction < 0 ? Math.max(0, from - WINDOW_REACH) : Math.min(text.length, from + WINDOW_REACH);
  let cursor = from;
  while (cursor !== limit) {
    const character = direction < 0 ? text[cursor - 1] : text[cursor];
    if (character === '\n') break;
    if (direction < 0 && /[.!?]/.test(character ?? '') && /\s/.test(text[cursor] ?? '')) break;
    cursor += direction;
  }
  return cursor;
}

function peopleIn(windowText: string): Span[] {
  const cached = windowCache.get(windowText);
  if (cached !== undefined) return cached;
  const people = nlp(windowText).people().json({ offset: true }) as PersonOffset[];
  const spans = people.flatMap((person) =>
    person.offset === undefined ? [] : [{ start: person.offset.start, end: person.offset.start + person.offset.length }],
  );
  if (windowCache.size >= CACHE_LIMIT) windowCache.delete(windowCache.keys().next().value ?? '');
  windowCache.set(windowText, spans);
  return spans;
}

/** Spans may carry trailing punctuation and possessives ("Jim.", "Raj Patel's"); keep the name only. */
function cleanSpan(text: string, rawStart: number, rawEnd: number): Candidate | undefined {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && !/\p{L}/u.test(text[start] ?? '')) start += 1;
  for (;;) {
    const tail = text.slice(start, end);
    const trimmed = tail.replace(/['’]s$/u, '').replace(/[^\p{L}\p{M}]+$/u, '');
    if (trimmed.length === tail.length) break;
    end = start + trimmed.length;
  }
  const value = text.slice(start, end);
  return isPlausibleName(text, start, value) ? { type: 'PERSON', start, end, value } : undefined;
}

function isPlausibleName(text: string, start: number, value: string): boolean {
  const words = value.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.some((word) => isProductWord(word))) return false;
  const capitalized = words.every((word) => PARTICLES.has(word) || /^\p{Lu}(?:\p{Ll}|\.|$)/u.test(word));
  if (!capitalized) return false;
  if (words.length > 1) return true;
  const word = words[0] ?? '';
  // "Grant access to…", "Mark the ticket…": a lone common word opening a sentence is a verb, not a person.
  return !(isSentenceStart(text, start) && isCommonWord(word) && !/^\s*,/.test(text.slice(start + value.length)));
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = `${candidate.start}:${candidate.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
