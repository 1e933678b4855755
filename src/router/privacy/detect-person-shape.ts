import { WordTable } from './word-table.ts';
import {
  endsItsSentence,
  hasPersonCueBefore,
  hasThingCueAfter,
  hasThingCueBefore,
  isFollowedByPastTenseVerb,
  isFollowedLikeALonePerson,
  isFollowedLikeAName,
} from './name-cues.ts';
import { NAME_PARTICLES, isHonorific, isKnownNonNamePhrase } from './name-lexicon.ts';
import { isNameParticle, isOrdinaryWord } from './ordinary-words.ts';
import { isSentenceStart } from './sentence-position.ts';
import type { Candidate } from './types.ts';
import { capitalWordPattern, scanCapitalWords } from './name-capital-scan.ts';

/**
 * Names neither the directory nor compromise knows ("Priya Raman", "Siobhán Ní Bhriain", "Ngozi
 * Okafor"): two to four capitalised words that are not everyday words, products or places. Alone,
 * such a word counts only with a cue ("ask Ngozi", "Dr. Okafor", "@Priya", "Ngozi said", "Ngozi's
 * laptop"). A run that opens a sentence is capitalised anyway, so it also needs what usually follows
 * a name ("Priya Raman said", "Priya Raman, our…", "Priya Raman's"); a run introduced as a thing
 * ("the Zalando Nubank board") is left alone. When unsure the guard redacts rather than leaks, but
 * "Paid Time Off", "Northwind Labs" and "Please Check" stay: every word there is an ordinary one.
 */

type Kind = 'name' | 'particle' | 'initial' | 'honorific' | 'other';

interface Token {
  start: number;
  /** Without a possessive "'s". */
  end: number;
  kind: Kind;
  possessive: boolean;
}

/**
 * A capitalised word ("Raman", "Raman-Iyer", "O'Brien", "McDonald", "Ní") or an initial ("A.").
 * CamelCase words ("GitHub", "DevOps"), all-caps acronyms and words inside paths, e-mail addresses and
 * domains never match. Found by scanCapitalWords, which tries it only where a capital can start it.
 */
const TOKEN = capitalWordPattern(
  String.raw`(?<![\p{L}\p{M}\p{N}_#/\\.-])(?:(?:Ma?c|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.(?=\s))(?![\p{L}\p{M}\p{N}_@]|\.\p{L})`,
);
const MAXIMUM_NAME_WORDS = 4;

export function detectNameShapes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const group of groupTokens(text)) {
    for (const segment of nameSegments(group)) {
      const candidate = judge(text, segment);
      if (candidate !== undefined) found.push(candidate);
    }
  }
  return found;
}

/** Words one space apart, or joined by a lower-case particle ("Ludwig van Beethoven") or after "Dr.". */
function groupTokens(text: string): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  const bounds = scanCapitalWords(TOKEN, text);
  for (let index = 0; index < bounds.length; index += 2) {
    const start = bounds[index]!;
    const rawEnd = bounds[index + 1]!;
    const possessive = rawEnd - start >= 2 && text.charCodeAt(rawEnd - 1) === 115 && (text.charCodeAt(rawEnd - 2) === 39 || text.charCodeAt(rawEnd - 2) === 0x2019);
    const end = possessive ? rawEnd - 2 : rawEnd;
    const token: Token = { start, end, kind: kinds.entry(text, start, end).value, possessive };
    const previous = current[current.length - 1];
    if (previous !== undefined && !joins(text, previous, token)) {
      groups.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A word's kind depends on the word alone; capitalised words repeat, so it is settled once per word, found in place. */
const kinds = new WordTable<Kind>(16_384, classifyWord);

function classifyWord(word: string): Kind {
  if (/^\p{Lu}\.$/u.test(word)) return 'initial';
  if (isHonorific(word)) return 'honorific';
  if (!isOrdinaryWord(word)) return 'name';
  // "Van", "De", "Bin" are everyday words too; between two names they join them ("Ludwig Van Beethoven").
  return isNameParticle(word) ? 'particle' : 'other';
}

function joins(text: string, previous: Token, next: Token): boolean {
  if (previous.possessive) return false;
  if (next.start === previous.end + 1 && text[previous.end] === ' ') return true;
  const gap = text.slice(previous.end, next.start);
  if (previous.kind === 'honorific' && gap === '. ') return true;
  const particle = gap.trim();
  return gap === ` ${particle} ` && NAME_PARTICLES.has(particle);
}

interface Segment {
  /** Tokens from the first to the last name word, particles and initials in between. */
  tokens: Token[];
  names: number;
  honorific: Token | undefined;
}

/** Splits a group at ordinary words: "Customer Priya Raman" → "Priya Raman"; "Paid Time Off" → nothing. */
function nameSegments(group: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  let index = 0;
  while (index < group.length) {
    const token = group[index]!;
    if (token.kind !== 'name') {
      index += 1;
      continue;
    }
    const previous = group[index - 1];
    let last = index;
    let names = 1;
    let cursor = index + 1;
    while (cursor < group.length) {
      const kind = group[cursor]!.kind;
      if (kind === 'name') {
        last = cursor;
        names += 1;
      } else if (kind !== 'particle' && kind !== 'initial') {
        break;
      }
      cursor += 1;
    }
    const honorific = previous?.kind === 'honorific' ? previous : undefined;
    segments.push({ tokens: group.slice(index, last + 1), names, honorific });
    index = last + 1;
  }
  return segments;
}

function judge(text: string, segment: Segment): Candidate | undefined {
  const first = segment.tokens[0]!;
  const last = segment.tokens[segment.tokens.length - 1]!;
  if (segment.names > 1 && isKnownNonNamePhrase(text.slice(first.start, last.end))) return undefined;
  if (!isPerson(text, segment, first.start, last)) return undefined;
  const start = segment.honorific?.start ?? first.start;
  return { type: 'PERSON', start, end: last.end, value: text.slice(start, last.end) };
}

function isPerson(text: string, segment: Segment, start: number, last: Token): boolean {
  if (segment.honorific !== undefined || hasPersonCueBefore(text, start)) return true;
  const atSentenceStart = isSentenceStart(text, start);
  if (segment.names === 1) {
    const midSentenceDoer = !atSentenceStart && !hasThingCueBefore(text, start) && isFollowedByPastTenseVerb(text, last.end);
    return midSentenceDoer || isFollowedLikeALonePerson(text, last.end, atSentenceStart);
  }
  // Without a cue, longer runs of rare capitalised words are titles or foreign text more often than names.
  if (segment.names > MAXIMUM_NAME_WORDS) return false;
  if (!last.possessive && (hasThingCueBefore(text, start) || hasThingCueAfter(text, last.end))) return false;
  if (!atSentenceStart) return true;
  return last.possessive || isFollowedLikeAName(text, last.end) || endsItsSentence(text, last.end);
}
