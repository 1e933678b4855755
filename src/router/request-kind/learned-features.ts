/**
 * What the learned difficulty model (learned-difficulty.ts) reads of a message: its words and word
 * pairs, four-letter pieces (so "refactr" and "refactoring" share most of theirs), its length and
 * line count, and whether the knowledge base covers it. The same function turns the labelled
 * messages into training rows (scripts/router/train-difficulty.ts) and a live message into the
 * model's input, so the two read a message's text the same way. Coverage they read alike only as far
 * as the knowledge base and its scoring are alike: training reads the sample handbook's lexical
 * confidence; a deployment reads its own knowledge base, with embeddings when they run.
 *
 * Features are hashed into FEATURE_BUCKETS slots (the "hashing trick"): a message's thousand-odd
 * letter pieces cost arithmetic, not a string and a map lookup each, which keeps the model inside
 * the classifier's per-message budget.
 */

/** Slots features are hashed into: the labelled sets' ~114k features fill ~93k of them, so about one feature in three shares its slot with another (the regression weighs them as one). */
export const FEATURE_BUCKETS = 1 << 18;
/** Only the opening of a long paste is read: what is asked is said there, and the cost stays flat. */
const READ_CHARS = 2000;
/** A word, a number, or one other character (an emoji, "?", "`"). */
const TOKEN = /[a-z]+|\d+|[^\sa-z\d]/gu;
const MAX_LENGTH_BIN = 12;
const MAX_LINES = 5;
const CONFIDENCE_BINS = 5;
const SPACE = 32;

/** One seed per kind of feature, so a word and a letter piece with the same letters do not share a slot by design. */
const SEED = { word: 0x811c9dc5, pair: 0x01000193, piece: 0x9e3779b9, length: 0x85ebca6b, lines: 0xc2b2ae35, confidence: 0x27d4eb2f, covered: 0x165667b1 } as const;

export interface FeatureContext {
  /** Retrieval confidence for the message (0–1); undefined when nothing was retrieved. */
  confidence?: number;
  /** The "not found" line the confidence is compared with. */
  line: number;
}

/** Which slots the current message has used: a slot holds the stamp of the last message that used it (no set to fill and clear). */
const stamps = new Uint32Array(FEATURE_BUCKETS);
let lastStamp = 0;

/** The slots of every feature of the message, each once. */
export function messageFeatures(text: string, context: FeatureContext): number[] {
  const read = text.slice(0, READ_CHARS).toLowerCase();
  const stamp = nextStamp();
  const buckets: number[] = [];
  const add = (bucket: number): void => {
    if (stamps[bucket] === stamp) return;
    stamps[bucket] = stamp;
    buckets.push(bucket);
  };
  addWords(read, add);
  addPieces(read, add);
  add(slot(mix(SEED.length, Math.min(MAX_LENGTH_BIN, Math.floor(Math.log2(text.length + 1))))));
  add(slot(mix(SEED.lines, Math.min(MAX_LINES, countLines(text) - 1))));
  const confidence = context.confidence ?? 0;
  add(slot(mix(SEED.confidence, Math.min(CONFIDENCE_BINS - 1, Math.floor(confidence * CONFIDENCE_BINS)))));
  if (context.confidence !== undefined && confidence >= context.line) add(slot(SEED.covered));
  return buckets;
}

function nextStamp(): number {
  if (lastStamp === 0xffffffff) {
    stamps.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

/** Each word, and each pair of neighbouring words. */
function addWords(read: string, add: (bucket: number) => void): void {
  const tokens = read.match(TOKEN) ?? [];
  let previous = 0;
  for (let index = 0; index < tokens.length; index++) {
    const hash = hashText(SEED.word, tokens[index]!);
    add(slot(hash));
    if (index > 0) add(slot(mix(mix(SEED.pair, previous), hash)));
    previous = hash;
  }
}

/** Four-letter pieces of the text with runs of white space read as one space, and a space at each end. */
function addPieces(read: string, add: (bucket: number) => void): void {
  // The three characters before the current one (-1: none yet); the text starts after a space.
  let first = -1;
  let second = -1;
  let third = SPACE;
  let lastWasSpace = true;
  for (let index = 0; index <= read.length; index++) {
    // One space past the end closes the last word, as one before the start opens the first.
    const code = index < read.length ? read.charCodeAt(index) : SPACE;
    const space = isSpace(code);
    if (space && lastWasSpace) continue;
    const current = space ? SPACE : code;
    if (first >= 0) add(slot(mix(mix(mix(mix(SEED.piece, first), second), third), current)));
    first = second;
    second = third;
    third = current;
    lastWasSpace = space;
  }
}

function isSpace(code: number): boolean {
  return code === SPACE || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

function hashText(seed: number, text: string): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) hash = mix(hash, text.charCodeAt(index));
  return hash;
}

/** FNV-1a's step over a whole number instead of a byte: cheap, and spreads nearby values apart. */
function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x01000193) >>> 0;
}

function slot(hash: number): number {
  // A final avalanche, so the low bits that pick the slot depend on every input.
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  return (mixed >>> 0) % FEATURE_BUCKETS;
}

function countLines(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1 && lines <= MAX_LINES; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
