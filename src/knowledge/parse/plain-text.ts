/**
 * Plain text → blocks. Paragraphs are separated by blank lines; a short first line is the title,
 * and short lines standing alone in capitals ("TRAVEL EXPENSES") or ending in a colon act as
 * headings, which is how most plain-text policies and READMEs are laid out.
 */
import type { Block, ParsedDocument } from './document.ts';
import { squeezeSpaces, titleFromFileName } from './document.ts';

const LIST_LINE = /^\s*(?:[-*•+]|\d{1,3}[.)])\s+\S/;
const MAX_HEADING_CHARS = 70;

export function parsePlainText(source: string, relativePath: string): ParsedDocument {
  const paragraphs = source
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+$/, '').replace(/^\s*\n/, ''))
    .filter((paragraph) => paragraph.trim() !== '');
  const blocks: Block[] = [];
  let title: string | undefined;
  paragraphs.forEach((paragraph, index) => {
    const lines = paragraph.split(/\r?\n/).map((line) => line.trimEnd());
    if (index === 0 && looksLikeTitle(lines)) {
      title = squeezeSpaces(lines[0] ?? '');
      blocks.push({ kind: 'heading', level: 1, text: title });
      return;
    }
    blocks.push(...toBlocks(lines));
  });
  return { title: title ?? titleFromFileName(relativePath), format: 'text', blocks };
}

function looksLikeTitle(lines: string[]): boolean {
  const line = (lines[0] ?? '').trim();
  return lines.length === 1 && line.length <= 100 && !/[.!?,;]$/.test(line);
}

function toBlocks(lines: string[]): Block[] {
  const first = (lines[0] ?? '').trim();
  // "Problems:" or "PRINTERS" on a line of its own heads what follows, blank line or not.
  if (isHeadingLine(first)) {
    const heading: Block = { kind: 'heading', level: 2, text: first.replace(/:$/, '') };
    return lines.length === 1 ? [heading] : [heading, ...toBlocks(lines.slice(1))];
  }
  if (lines.length === 2 && /^[=-]{3,}$/.test((lines[1] ?? '').trim())) return [{ kind: 'heading', level: 2, text: first }];
  if (lines.every((line) => LIST_LINE.test(line) || /^\s{2,}\S/.test(line)) && LIST_LINE.test(lines[0] ?? '')) {
    return [{ kind: 'list', items: groupItems(lines) }];
  }
  return [{ kind: 'paragraph', text: squeezeSpaces(lines.join(' ')) }];
}

function isHeadingLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_CHARS) return false;
  const capitals = /\p{L}/u.test(line) && line === line.toUpperCase();
  return capitals || (line.endsWith(':') && !line.slice(0, -1).includes(':'));
}

function groupItems(lines: string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (LIST_LINE.test(line) || items.length === 0) items.push(line.trim());
    else items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}
