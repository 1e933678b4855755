/**
 * The hand-written PII-free chat set (pii-free-chat.jsonl): work chatter that tempts a guard to
 * over-redact. Each line carries its own fixed id and half (every third id is held back).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Half } from './labels.ts';

export interface PiiFreeMessage {
  id: string;
  half: Half;
  text: string;
}

const FILE = join(import.meta.dirname, 'pii-free-chat.jsonl');

export function loadPiiFreeSet(half: Half): PiiFreeMessage[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => parseLine(line, index + 1))
    .filter((message) => message.half === half);
}

function parseLine(line: string, lineNumber: number): PiiFreeMessage {
  const value: unknown = JSON.parse(line);
  if (typeof value === 'object' && value !== null && 'id' in value && 'half' in value && 'text' in value) {
    const { id, half, text } = value;
    if (typeof id === 'string' && (half === 'dev' || half === 'held') && typeof text === 'string') return { id, half, text };
  }
  throw new Error(`pii-free-chat.jsonl line ${lineNumber}: expected {"id","half":"dev"|"held","text"}`);
}
