/**
 * PDF text through unpdf (a maintained, dependency-free build of Mozilla's PDF.js). PDFs carry no
 * reliable heading structure, so each page becomes a section ("Page 3") of paragraphs: citations
 * then point at the page, which is what a reader of the PDF needs.
 */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { DocumentRejectedError } from '../errors.ts';
import type { Block, ParsedDocument } from './document.ts';
import { squeezeSpaces, titleFromFileName } from './document.ts';

export async function parsePdf(bytes: Uint8Array, relativePath: string): Promise<ParsedDocument> {
  let pages: string[];
  let metaTitle: string | undefined;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    // verbosity 0: PDF.js would otherwise print its warnings about damaged files to the console.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    metaTitle = await readTitle(pdf);
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (error) {
    throw new DocumentRejectedError(`PDF could not be read (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const blocks = pages.flatMap((page, index) => pageBlocks(page, index + 1, pages.length));
  if (!blocks.some((block) => block.kind === 'paragraph')) {
    throw new DocumentRejectedError('PDF has no extractable text (a scanned image? run OCR first)');
  }
  return { title: metaTitle ?? titleFromFileName(relativePath), format: 'pdf', blocks };
}

async function readTitle(pdf: Parameters<typeof getMeta>[0]): Promise<string | undefined> {
  try {
    const { info } = await getMeta(pdf);
    const title: unknown = info.Title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

function pageBlocks(page: string, pageNumber: number, pageCount: number): Block[] {
  const paragraphs = page
    .split(/\n[ \t]*\n/)
    .map((paragraph) => squeezeSpaces(paragraph.replace(/-\n(?=\p{Ll})/gu, '').replace(/\n/g, ' ')))
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) return [];
  const heading: Block[] = pageCount > 1 ? [{ kind: 'heading', level: 2, text: `Page ${pageNumber}` }] : [];
  return [...heading, ...paragraphs.map((text): Block => ({ kind: 'paragraph', text }))];
}
