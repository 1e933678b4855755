/**
 * Which file extensions the knowledge base reads, and with which parser. Text formats arrive
 * already decoded (and checked as UTF-8); PDF arrives as bytes because it is binary by nature.
 */
import type { DocumentFormat, ParsedDocument } from './document.ts';
import { parseHtml } from './html.ts';
import { parseMarkdown } from './markdown.ts';
import { parsePlainText } from './plain-text.ts';

const EXTENSIONS: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

export function formatOf(fileName: string): DocumentFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

export type DocumentContent = { format: 'pdf'; bytes: Uint8Array } | { format: Exclude<DocumentFormat, 'pdf'>; text: string };

export async function parseDocument(content: DocumentContent, relativePath: string): Promise<ParsedDocument> {
  switch (content.format) {
    case 'markdown':
      return parseMarkdown(content.text, relativePath);
    case 'text':
      return parsePlainText(content.text, relativePath);
    case 'html':
      return parseHtml(content.text, relativePath);
    case 'pdf': {
      // Loaded on first use: the PDF engine is large and most knowledge bases hold no PDFs.
      const { parsePdf } = await import('./pdf.ts');
      return parsePdf(content.bytes, relativePath);
    }
  }
}
