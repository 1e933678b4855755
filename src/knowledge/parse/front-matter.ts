/**
 * YAML front matter (`---` … `---` at the very top of a Markdown file). Only `title` and `url`
 * matter to the knowledge base; the block is always stripped so its keys never pollute the index.
 */
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  title?: string;
  link?: string;
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(source: string): FrontMatter {
  const opening = OPENING.exec(source);
  if (!opening) return { body: source };
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { body: source };
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  return { ...readFields(yamlText), body };
}

function readFields(yamlText: string): { title?: string; link?: string } {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch {
    // Broken front matter is still front matter: strip it, index the body, keep the file.
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const title = stringField(record.title);
  const link = stringField(record.url) ?? stringField(record.link);
  return { ...(title ? { title } : {}), ...(link ? { link } : {}) };
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}
