/**
 * HTML → blocks without a DOM: scripts, styles and navigation chrome are dropped, h1–h6 become
 * headings (so exported wiki pages keep their heading paths), lists, tables and <pre> keep their
 * kind, and everything else is text. Tolerant of the unclosed tags real exports are full of.
 */
import type { ParsedDocument } from './document.ts';
import { squeezeSpaces, titleFromFileName } from './document.ts';
import { HtmlBlockBuilder } from './html-blocks.ts';
import { decodeEntities } from './html-entities.ts';

/** Elements whose whole content is noise for retrieval. */
const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'iframe', 'object'];
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<!doctype[^>]*>|<\?[^>]*>|([^<]+)|</gi;

export function parseHtml(source: string, relativePath: string): ParsedDocument {
  const title = findTitle(source);
  const link = findCanonicalLink(source);
  const body = stripDropped(source.replace(/<!--[\s\S]*?-->/g, ''));
  const builder = new HtmlBlockBuilder();
  for (const match of body.matchAll(TOKEN)) {
    const [whole, closing, tag, text] = match;
    if (text !== undefined) builder.text(decodeEntities(text));
    else if (tag === undefined) builder.text(whole === '<' ? '<' : '');
    else if (closing) builder.close(tag.toLowerCase());
    else builder.open(tag.toLowerCase());
  }
  const blocks = builder.finish();
  const firstHeading = blocks.find((block) => block.kind === 'heading');
  const headingTitle = firstHeading?.kind === 'heading' ? firstHeading.text : undefined;
  return {
    title: title ?? headingTitle ?? titleFromFileName(relativePath),
    ...(link ? { link } : {}),
    format: 'html',
    blocks,
  };
}

function findTitle(source: string): string | undefined {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(source);
  const title = match?.[1] ? squeezeSpaces(decodeEntities(match[1].replace(/<[^>]*>/g, ''))) : '';
  return title === '' ? undefined : title;
}

function findCanonicalLink(source: string): string | undefined {
  const tag = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(source)?.[0];
  const href = tag ? /\bhref=["']([^"']+)["']/i.exec(tag)?.[1] : undefined;
  return href ? decodeEntities(href) : undefined;
}

function stripDropped(html: string): string {
  let result = html;
  for (const name of DROPPED) {
    result = result.replace(new RegExp(`<${name}\\b[\\s\\S]*?(?:</${name}\\s*>|$)`, 'gi'), ' ');
  }
  return result;
}
