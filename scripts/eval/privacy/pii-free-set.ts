/**
 * A PII-free over-redaction set from text the detectors were not written from: every sentence of the
 * two sample handbooks under knowledge/ (no person is named there), the README's prose outside its
 * Privacy section (which quotes example names) and the hand-written ops chat in pii-free-chatter.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PII_FREE_CHATTER } from './pii-free-chatter.ts';

export interface PiiFreeMessage {
  source: string;
  text: string;
}

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MINIMUM_WORDS = 3;

export function buildPiiFreeSet(): PiiFreeMessage[] {
  const messages: PiiFreeMessage[] = [];
  for (const folder of ['sample-handbook', 'eval-handbook-unseen']) {
    for (const file of filesUnder(join(ROOT, 'knowledge', folder))) {
      for (const text of sentencesOf(readFileSync(file, 'utf8'))) messages.push({ source: `handbook`, text });
    }
  }
  for (const text of sentencesOf(readmeProse())) messages.push({ source: 'readme', text });
  for (const [family, lines] of Object.entries(PII_FREE_CHATTER)) {
    for (const text of lines) messages.push({ source: `chat:${family}`, text });
  }
  return messages;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:md|txt|html)$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** README text minus code blocks, tables and the Privacy section (it quotes names on purpose). */
function readmeProse(): string {
  const sections = readFileSync(join(ROOT, 'README.md'), 'utf8').split(/^(?=## )/m);
  const prose = sections.filter((section) => !section.startsWith('## Privacy')).join('\n');
  return prose.replace(/```[\s\S]*?```/g, '\n').replace(/^\|.*$/gm, '');
}

/** Markup stripped, then split at line breaks and sentence ends; short fragments (headings of one or two words) dropped. */
function sentencesOf(raw: string): string[] {
  const plain = raw
    .replace(/<(?:script|style)[\s\S]*?<\/(?:script|style)>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]+/g, '')
    .replace(/^\s*(?:#+|[-*>]|\d+\.)\s*/gm, '');
  return plain
    .split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((line) => line.trim())
    .filter((line) => line.split(/\s+/).length >= MINIMUM_WORDS && !/^---/.test(line));
}
