import nlp from 'compromise';
import { createBoundedCache } from './bounded-cache.ts';
import { NAME_PARTICLES, isCommonWord, isHonorific, isKnownNonNamePhrase, isProductWord } from './name-lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import { isFollowedByVocativeOrPossessive, isSentenceStart } from './sentence-position.ts';
import type { Candidate } from './types.ts';

interface Span {
  start: number;
  end: number;
}

interface PersonOffset {
  offset?: { start: number; length: number };
}

const WINDOW_REACH = 32;
/**
 * The tagger costs ~0.7 ms per call on a clause it has not seen, a third of the whole guard's time on
 * long messages. One call per text settles the common case (one ambiguous name in a message); further
 * ambiguous runs fall back to the cheap rules, which treat them as names (recall first).
 */
const TAGGER_CALLS_PER_TEXT = 1;
/** Thread history is re-sent with every escalation; the same clauses come back again and again. */
const windowCache = createBoundedCache<Span[]>(512);

/**
 * Names not in the directory. The lexicon settles clear cases ("Sarah Connor"); compromise's tagger
 * (`people()`) only sees a short clause around words that are names *and* ordinary words
 * ("Mark", "Will", "April"), where sentence context decides.
 */
export function detectNlpNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  let taggerCalls = 0;
  for (const run of findNameRuns(text)) {
    if (run.verdict === 'ambiguous' && cannotBeConfirmed(text, run.start, run.end)) continue;
    // Past the budget (title-cased walls of text) ambiguous runs fall back to the cheap rules alone.
    const useTagger = run.verdict === 'ambiguous' && (taggerCalls += 1) <= TAGGER_CALLS_PER_TEXT;
    const spans = useTagger ? taggedPeopleAround(text, run) : [run];
    for (const span of spans) {
      const candidate = cleanSpan(text, span.start, span.end);
      if (candidate !== undefined) found.push(candidate);
    }
  }
  return dedupe(found);
}

/** People compromise finds in the clause around `run`, in text offsets, keeping those that touch the run. */
function taggedPeopleAround(text: string, run: Span): Span[] {
  const windowStart = clauseEdge(text, run.start, -1);
  const windowText = text.slice(windowStart, clauseEdge(text, run.end, 1));
  return peopleIn(windowText)
    .map((span) => ({ start: windowStart + span.start, end: windowStart + span.end }))
    .filter((span) => span.end > run.start && span.start < run.end);
}

/**
 * Skips the tagger when its answer could only be rejected: a lone honorific, or a lone common-word
 * name opening a sentence without a vocative comma ("Mark the ticket…") — see isPlausibleName.
 */
function cannotBeConfirmed(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (isHonorific(value)) return true;
  return isLoneSentenceOpeningVerb(text, start, value);
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
  const capitalized = words.every((word) => NAME_PARTICLES.has(word) || /^\p{Lu}(?:\p{Ll}|\.|$)/u.test(word));
  if (!capitalized) return false;
  // The tagger reads "San Francisco" as a first name and a surname; the lexicon knows the city.
  if (words.length > 1) return !isKnownNonNamePhrase(value);
  return !isLoneSentenceOpeningVerb(text, start, value);
}

/** "Grant access to…", "Mark the ticket…": a lone common word opening a sentence is a verb, not a person. */
function isLoneSentenceOpeningVerb(text: string, start: number, value: string): boolean {
  if (value.includes(' ') || !isSentenceStart(text, start) || !isCommonWord(value)) return false;
  return !isFollowedByVocativeOrPossessive(text, start + value.length);
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
