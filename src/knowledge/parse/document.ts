/**
 * The format-neutral shape every parser produces: a title, an optional link and a flat list of
 * blocks. Headings stay blocks of their own so the chunker can rebuild heading paths, and tables,
 * lists and code keep their kind so the chunker can keep them whole or split them sensibly.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** `header` holds the header row and its separator line, repeated when a long table is split. */
  | { kind: 'table'; header: string[]; rows: string[] }
  | { kind: 'code'; fence: string; lines: string[] };

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'pdf';

export interface ParsedDocument {
  title: string;
  link?: string;
  format: DocumentFormat;
  blocks: Block[];
}

/** "it/vpn-access.md" → "Vpn access": a readable fallback when a document names no title. */
export function titleFromFileName(relativePath: string): string {
  const base = relativePath.split('/').pop() ?? relativePath;
  const stem = base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  if (stem === '') return base;
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** The text a block contributes to a chunk, in Markdown-like form. */
export function blockText(block: Exclude<Block, { kind: 'heading' }>): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return [...block.header, ...block.rows].join('\n');
    case 'code':
      return [block.fence, ...block.lines, closingFence(block.fence)].join('\n');
  }
}

export function closingFence(fence: string): string {
  const match = /^(`{3,}|~{3,})/.exec(fence);
  return match?.[1] ?? '```';
}

/** Collapses runs of spaces and tabs; parsers use it on inline text. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}
