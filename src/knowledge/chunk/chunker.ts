/**
 * Heading-aware chunking. A document is cut into sections at its headings; each section is packed
 * into chunks of about `targetTokens`, whole blocks first, and each chunk carries its heading path
 * ("Benefits > Paid Time Off > Sabbatical"). A chunk never spans two sections, so the path it
 * cites is always the one its text sits under. Consecutive chunks of one section overlap by about
 * 15 % (trailing sentences or list items) so an answer straddling a cut is still found whole.
 */
import type { Block, ParsedDocument } from '../parse/document.ts';
import { blockPieces, splitSentences, type Piece } from './split-block.ts';
import { countTokens } from './token-count.ts';

export interface ChunkOptions {
  targetTokens: number;
  /** Blocks up to this size stay whole even past the target (tables, lists, code). */
  maxPieceTokens: number;
  overlapTokens: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { targetTokens: 300, maxPieceTokens: 480, overlapTokens: 45 };

export interface ChunkDraft {
  ordinal: number;
  headingPath: string;
  text: string;
  /**
   * Sum of the counts of the chunk's parts plus one per joint — within a token or two of counting
   * the whole text again, at half the cost (tokenising dominates ingest time).
   */
  tokenCount: number;
}

interface Section {
  headingPath: string;
  blocks: Array<Exclude<Block, { kind: 'heading' }>>;
}

export function chunkDocument(document: ParsedDocument, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): ChunkDraft[] {
  const drafts: ChunkDraft[] = [];
  for (const section of toSections(document)) {
    const pieces = section.blocks.flatMap((block) => blockPieces(block, options));
    for (const chunk of packPieces(pieces, options)) {
      drafts.push({ ordinal: drafts.length, headingPath: section.headingPath, text: chunk.text, tokenCount: chunk.tokens });
    }
  }
  return drafts;
}

/** Splits the block list at headings, tracking the heading stack that names each section. */
export function toSections(document: ParsedDocument): Section[] {
  // Without a level-1 heading the title is the top of every path, so citations still name the document.
  const hasTopHeading = document.blocks.some((block) => block.kind === 'heading' && block.level === 1);
  const root = hasTopHeading ? [] : [document.title];
  const stack: Array<{ level: number; text: string }> = [];
  const sections: Section[] = [];
  let current: Section = { headingPath: pathOf(root, stack, document.title), blocks: [] };
  for (const block of document.blocks) {
    if (block.kind !== 'heading') {
      current.blocks.push(block);
      continue;
    }
    if (current.blocks.length > 0) sections.push(current);
    while (stack.length > 0 && stack[stack.length - 1]!.level >= block.level) stack.pop();
    stack.push({ level: block.level, text: block.text });
    current = { headingPath: pathOf(root, stack, document.title), blocks: [] };
  }
  if (current.blocks.length > 0) sections.push(current);
  return sections;
}

function pathOf(root: string[], stack: Array<{ text: string }>, title: string): string {
  const parts = [...root, ...stack.map((entry) => entry.text)];
  return (parts.length > 0 ? parts : [title]).join(' > ');
}

/** Greedy packing of pieces into chunk texts, with overlap carried from one chunk into the next. */
function packPieces(pieces: Piece[], options: ChunkOptions): Array<{ text: string; tokens: number }> {
  const chunks: Array<{ text: string; tokens: number }> = [];
  const join = (parts: Piece[]) => ({
    text: parts.map((part) => part.text).join('\n\n'),
    tokens: parts.reduce((sum, part) => sum + part.tokens, 0) + parts.length - 1,
  });
  let current: Piece[] = [];
  let tokens = 0;
  let fresh = false;
  for (const piece of pieces) {
    if (fresh && tokens + piece.tokens > options.targetTokens) {
      chunks.push(join(current));
      current = overlapFrom(current[current.length - 1]!, options.overlapTokens);
      tokens = current.reduce((sum, part) => sum + part.tokens, 0);
      fresh = false;
    }
    current.push(piece);
    tokens += piece.tokens;
    fresh = true;
  }
  if (fresh) chunks.push(join(current));
  return chunks;
}

/** The tail of a piece (whole sentences or list lines) that fits in the overlap budget. */
function overlapFrom(last: Piece, budget: number): Piece[] {
  if (!last.overlappable || budget <= 0) return [];
  const units = last.text.includes('\n') ? last.text.split('\n') : splitSentences(last.text);
  const joiner = last.text.includes('\n') ? '\n' : ' ';
  const kept: string[] = [];
  let used = 0;
  for (let index = units.length - 1; index > 0; index--) {
    const unitTokens = countTokens(units[index]!) + 1;
    if (used + unitTokens > budget) break;
    kept.unshift(units[index]!);
    used += unitTokens;
  }
  return kept.length === 0 ? [] : [{ text: kept.join(joiner), tokens: used, overlappable: false }];
}
