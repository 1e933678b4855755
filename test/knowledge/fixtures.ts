/**
 * Test helpers for the knowledge base: a fresh in-memory database per test, temporary folders
 * with files written from a map, a minimal valid PDF, and a deterministic embedder implementing
 * the provider contract (hashed bag of words, with a small "meaning" table so that words sharing
 * no letters can still be neighbours — what a real embedding model does).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/client.ts';
import type { EmbedResult } from '../../src/router/providers/contract.ts';
import { KnowledgeBase, type ChannelScope, type IngestSummary, type KnowledgeEmbedder } from '../../src/knowledge/index.ts';

export function memoryDatabase(): OpenedDatabase {
  return openDatabase(':memory:');
}

const SAMPLE_HANDBOOK = fileURLToPath(new URL('../../knowledge/sample-handbook', import.meta.url));

export interface IngestedHandbook {
  readonly database: OpenedDatabase;
  readonly knowledge: KnowledgeBase;
  readonly summary: IngestSummary;
}

/**
 * The bundled sample handbook, ingested once into a fresh in-memory database before the calling file's
 * (or describe block's) tests and closed after them. Read its fields inside tests, once it is ingested.
 */
export function ingestedSampleHandbook(): IngestedHandbook {
  let ingested: IngestedHandbook | undefined;
  beforeAll(async () => {
    const database = memoryDatabase();
    const knowledge = new KnowledgeBase({ database });
    const summary = await knowledge.ingest([{ path: SAMPLE_HANDBOOK, name: 'handbook', channels: [] }]);
    ingested = { database, knowledge, summary };
  });
  afterAll(() => ingested?.database.close());
  const current = (): IngestedHandbook => {
    if (!ingested) throw new Error('the sample handbook is read inside tests, after beforeAll');
    return ingested;
  };
  return {
    get database() {
      return current().database;
    },
    get knowledge() {
      return current().knowledge;
    },
    get summary() {
      return current().summary;
    },
  };
}

export interface TempFolder {
  path: string;
  write(relativePath: string, content: string | Uint8Array): string;
  remove(relativePath: string): void;
  cleanup(): void;
}

export function tempFolder(files: Record<string, string | Uint8Array> = {}): TempFolder {
  const root = mkdtempSync(join(tmpdir(), 'tandem-kb-'));
  const folder: TempFolder = {
    path: root,
    write(relativePath, content) {
      const target = join(root, relativePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      return target;
    },
    remove(relativePath) {
      rmSync(join(root, relativePath), { force: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  for (const [path, content] of Object.entries(files)) folder.write(path, content);
  return folder;
}

export const CHANNEL: ChannelScope = { channelId: 'C-GENERAL', channelName: 'general', isDirect: false };

export function scope(channelName: string, options: { channelId?: string; isDirect?: boolean } = {}): ChannelScope {
  return { channelId: options.channelId ?? `C-${channelName.toUpperCase()}`, channelName, isDirect: options.isDirect ?? false };
}

/** Words mapped to a shared meaning before hashing: the embedder's "semantics". */
const MEANINGS: Record<string, string> = {
  automobile: 'car', vehicle: 'car', car: 'car', cars: 'car', park: 'parking', parking: 'parking', garage: 'parking',
};

export interface FakeEmbedder extends KnowledgeEmbedder {
  calls: string[][];
  /** Make the next calls throw, as an unreachable model would. */
  failWith?: Error;
}

export function fakeEmbedder(options: { model?: string; dimension?: number } = {}): FakeEmbedder {
  const dimension = options.dimension ?? 64;
  const embedder: FakeEmbedder = {
    embedModel: options.model ?? 'fake-embed',
    calls: [],
    embed: async (texts: string[]): Promise<EmbedResult> => {
      embedder.calls.push(texts);
      if (embedder.failWith) throw embedder.failWith;
      return { embeddings: texts.map((text) => hashedVector(text, dimension)), usage: { inputTokens: undefined }, modelId: embedder.embedModel };
    },
  };
  return embedder;
}

const STOP = new Set(['the', 'a', 'an', 'is', 'are', 'where', 'can', 'i', 'my', 'in', 'on', 'of', 'to', 'and', 'do', 'for', 'what', 'how']);

export function hashedVector(text: string, dimension: number): number[] {
  const vector = new Array<number>(dimension).fill(0);
  for (const raw of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (STOP.has(raw)) continue;
    const word = MEANINGS[raw] ?? raw;
    let hash = 2166136261;
    for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    vector[hash % dimension]! += 1;
  }
  vector[dimension - 1]! += 0.01;
  return vector;
}

/**
 * A one-page PDF whose content stream shows `lines` with the standard Helvetica font. Offsets in
 * the cross-reference table are computed, so PDF.js reads it without repairing anything.
 */
export function minimalPdf(lines: string[], title?: string): Uint8Array {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
  const stream = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...lines.map((line) => `(${escape(line)}) Tj T*`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title (${escape(title ?? 'Untitled')}) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
