/**
 * Cuts one block into pieces a chunk can hold. A block that fits (up to `maxPieceTokens`) stays
 * whole; a longer one is cut where its own structure allows — list items, table rows (each piece
 * repeats the header), code lines (each piece re-opens the fence), sentences — never mid-word.
 */
import type { Block } from '../parse/document.ts';
import { blockText, closingFence } from '../parse/document.ts';
import { countTokens } from './token-count.ts';

export interface Piece {
  text: string;
  tokens: number;
  /** Whether a following chunk may repeat the tail of this piece as overlap (prose and lists only). */
  overlappable: boolean;
}

export interface PieceLimits {
  targetTokens: number;
  maxPieceTokens: number;
}

type ContentBlock = Exclude<Block, { kind: 'heading' }>;

export function blockPieces(block: ContentBlock, limits: PieceLimits): Piece[] {
  const text = blockText(block);
  const tokens = countTokens(text);
  const overlappable = block.kind === 'paragraph' || block.kind === 'list';
  if (tokens <= limits.maxPieceTokens) return [{ text, tokens, overlappable }];
  switch (block.kind) {
    case 'paragraph':
      return groupUnits(splitSentences(block.text), limits.targetTokens, '', '', ' ', true);
    case 'list':
      return groupUnits(block.items.flatMap((item) => splitLong(item, limits.targetTokens)), limits.targetTokens, '', '', '\n', true);
    case 'table':
      // A header too long to repeat (or a table of header only) is cut like prose instead.
      if (block.rows.length === 0 || countTokens(block.header.join('\n')) > limits.targetTokens / 2) {
        return groupUnits([...block.header, ...block.rows], limits.targetTokens, '', '', '\n', false);
      }
      return groupUnits(block.rows, limits.targetTokens, `${block.header.join('\n')}\n`, '', '\n', false);
    case 'code':
      return groupUnits(block.lines, limits.targetTokens, `${block.fence}\n`, `\n${closingFence(block.fence)}`, '\n', false);
  }
}

/** Packs units greedily into pieces of about `target` tokens, each wrapped in prefix/suffix. */
function groupUnits(units: string[], target: number, prefix: string, suffix: string, joiner: string, overlappable: boolean): Piece[] {
  const frame = countTokens(prefix + suffix);
  const pieces: Piece[] = [];
  let current: string[] = [];
  let currentTokens = frame;
  const flush = () => {
    if (current.length === 0) return;
    const text = `${prefix}${current.join(joiner)}${suffix}`;
    pieces.push({ text, tokens: countTokens(text), overlappable });
    current = [];
    currentTokens = frame;
  };
  for (const unit of units.flatMap((item) => splitLong(item, target - frame))) {
    const unitTokens = countTokens(unit) + 1;
    if (current.length > 0 && currentTokens + unitTokens > target) flush();
    current.push(unit);
    currentTokens += unitTokens;
  }
  flush();
  return pieces;
}

const SENTENCE_END = /(?<=[.!?…]["')\]]?)\s+(?=["'(\[]?[\p{Lu}\p{N}])/u;

export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** A single unit longer than the target (a run-on sentence, a minified line) is cut at spaces. */
function splitLong(unit: string, target: number): string[] {
  const budget = Math.max(16, target);
  if (unit.length <= budget * 3 || countTokens(unit) <= budget) return [unit];
  const sentences = splitSentences(unit);
  if (sentences.length > 1) return sentences.flatMap((sentence) => splitLong(sentence, target));
  const pieces: string[] = [];
  const window = budget * 3;
  let rest = unit;
  while (rest.length > window) {
    const cut = rest.lastIndexOf(' ', window);
    const at = cut > window / 2 ? cut : window;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}
