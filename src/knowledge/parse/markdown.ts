/**
 * Markdown → blocks, line by line. A deliberately small reader (ATX and setext headings, fenced
 * code, pipe tables, lists, block quotes, paragraphs): enough for handbooks and wikis, and it keeps
 * each construct whole so the chunker never cuts a table or a code block in the middle by accident.
 */
import type { Block, ParsedDocument } from './document.ts';
import { squeezeSpaces, titleFromFileName } from './document.ts';
import { splitFrontMatter } from './front-matter.ts';

export function parseMarkdown(source: string, relativePath: string): ParsedDocument {
  const { title, link, body } = splitFrontMatter(source);
  const blocks = markdownBlocks(body);
  const firstHeading = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  const heading = firstHeading?.kind === 'heading' ? firstHeading.text : undefined;
  return {
    title: title ?? heading ?? titleFromFileName(relativePath),
    ...(link ? { link } : {}),
    format: 'markdown',
    blocks,
  };
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])[ \t]+\S/;
const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;

type Reader = (lines: string[], start: number) => { block?: Block; next: number } | undefined;

export function markdownBlocks(body: string): Block[] {
  const lines = body.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  const readers: Reader[] = [readBlank, readFence, readAtxHeading, readRule, readTable, readList, readQuote, readParagraph];
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    for (const reader of readers) {
      const result = reader(lines, index);
      if (!result) continue;
      if (result.block) blocks.push(result.block);
      index = result.next;
      break;
    }
  }
  return blocks;
}

const readBlank: Reader = (lines, start) => ((lines[start] ?? '').trim() === '' ? { next: start + 1 } : undefined);

const readRule: Reader = (lines, start) => (RULE.test(lines[start] ?? '') ? { next: start + 1 } : undefined);

const readFence: Reader = (lines, start) => {
  const open = FENCE_OPEN.exec(lines[start] ?? '');
  if (!open?.[1] || (open[1].startsWith('`') && (open[2] ?? '').includes('`'))) return undefined;
  const marker = open[1];
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
  const code: string[] = [];
  let index = start + 1;
  while (index < lines.length && !closing.test(lines[index] ?? '')) code.push(lines[index++] ?? '');
  return { block: { kind: 'code', fence: (lines[start] ?? '').trim(), lines: code }, next: index + 1 };
};

const readAtxHeading: Reader = (lines, start) => {
  const match = ATX_HEADING.exec(lines[start] ?? '');
  if (!match?.[1]) return undefined;
  const text = cleanInline(match[2] ?? '');
  // An empty heading ("##") carries nothing to put in a heading path.
  if (text === '') return { next: start + 1 };
  return { block: { kind: 'heading', level: match[1].length, text }, next: start + 1 };
};

const readTable: Reader = (lines, start) => {
  const first = lines[start] ?? '';
  const separator = lines[start + 1] ?? '';
  if (!first.includes('|') || !separator.includes('|') || !TABLE_SEPARATOR.test(separator)) return undefined;
  const rows: string[] = [];
  let index = start + 2;
  while (index < lines.length && (lines[index] ?? '').includes('|') && (lines[index] ?? '').trim() !== '') {
    rows.push((lines[index++] ?? '').trim());
  }
  return { block: { kind: 'table', header: [first.trim(), separator.trim()], rows }, next: index };
};

const readList: Reader = (lines, start) => {
  const first = LIST_ITEM.exec(lines[start] ?? '');
  if (!first || RULE.test(lines[start] ?? '')) return undefined;
  const indent = first[1]?.length ?? 0;
  const items: string[] = [];
  let index = start;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      if (!continuesList(lines[index + 1], indent)) break;
      index++;
      continue;
    }
    const marker = LIST_ITEM.exec(line);
    if (marker && (marker[1]?.length ?? 0) <= indent && !RULE.test(line)) items.push(line.trim());
    // Nested items and indented or lazy continuation lines belong to the current top-level item.
    else if (items.length > 0 && (marker || !startsOtherBlock(line))) items[items.length - 1] += `\n${line.replace(/\s+$/, '')}`;
    else break;
    index++;
  }
  return { block: { kind: 'list', items: items.map(cleanInline) }, next: index };
};

/** After a blank line the list goes on only with another item or an indented continuation. */
function continuesList(next: string | undefined, indent: number): boolean {
  if (next === undefined || next.trim() === '') return false;
  if (LIST_ITEM.test(next)) return true;
  return (/^\s*/.exec(next)?.[0].length ?? 0) > indent + 1;
}

const readQuote: Reader = (lines, start) => {
  if (!QUOTE.test(lines[start] ?? '')) return undefined;
  const parts: string[] = [];
  let index = start;
  while (index < lines.length && QUOTE.test(lines[index] ?? '')) parts.push((lines[index++] ?? '').replace(QUOTE, ''));
  const text = cleanInline(parts.join(' '));
  return text === '' ? { next: index } : { block: { kind: 'paragraph', text }, next: index };
};

const readParagraph: Reader = (lines, start) => {
  const parts = [lines[start] ?? ''];
  let index = start + 1;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line.trim() === '') break;
    const underline = SETEXT.exec(line);
    if (underline && parts.length === 1) {
      const level = underline[1]?.startsWith('=') ? 1 : 2;
      return { block: { kind: 'heading', level, text: cleanInline(parts[0] ?? '') }, next: index + 1 };
    }
    if (startsOtherBlock(line)) break;
    parts.push(line);
    index++;
  }
  return { block: { kind: 'paragraph', text: cleanInline(parts.join(' ')) }, next: index };
};

function startsOtherBlock(line: string): boolean {
  return FENCE_OPEN.test(line) || ATX_HEADING.test(line) || RULE.test(line) || LIST_ITEM.test(line) || QUOTE.test(line);
}

/** Images become their alt text; emphasis markers go; links keep their words (and URL, which is searchable). */
function cleanInline(text: string): string {
  const withoutImages = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  const withoutEmphasis = withoutImages.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2');
  // Leading spaces survive so nested list items keep their shape.
  return withoutEmphasis
    .split('\n')
    .map((line) => (/^\s*/.exec(line)?.[0] ?? '') + squeezeSpaces(line))
    .join('\n')
    .trim();
}
