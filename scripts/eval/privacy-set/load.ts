/**
 * Reads one privacy evaluation set from its folder (`labelled.jsonl`, `pii-free.jsonl`). The data is
 * hand-written JSONL, so this module only parses it and finds where each labelled value sits: labels
 * name a value by its text (and which occurrence of it), not by offsets, so a message can be edited
 * by hand without recounting characters. Each set's own `load.ts` binds these to its folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Half = 'dev' | 'held';

export const VALUE_TYPES = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'ID_NUMBER',
  'CREDIT_CARD',
  'IBAN',
  'IP_ADDRESS',
  /** A password, key, token or connection-string password (the value only, never its key name). */
  'SECRET',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export interface LabelledValue {
  type: ValueType;
  text: string;
  /** 1-based: which occurrence of `text` in the message is meant (the first when absent). */
  occurrence?: number;
}

export interface LabelledMessage {
  id: string;
  text: string;
  values: LabelledValue[];
  split: Half;
}

export interface PiiFreeMessage {
  id: string;
  text: string;
  split: Half;
}

export const labelledPathIn = (folder: string): string => join(folder, 'labelled.jsonl');
export const piiFreePathIn = (folder: string): string => join(folder, 'pii-free.jsonl');

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const loadLabelledFrom = (folder: string): LabelledMessage[] =>
  readJsonl<LabelledMessage>(labelledPathIn(folder));
export const loadPiiFreeFrom = (folder: string): PiiFreeMessage[] => readJsonl<PiiFreeMessage>(piiFreePathIn(folder));

/** The half an id belongs to: every third id (number divisible by 3) is held back. */
export function halfOfId(id: string): Half {
  const number = Number(/(\d+)$/.exec(id)?.[1]);
  return number % 3 === 0 ? 'held' : 'dev';
}

/** Start offset of the labelled occurrence of a value, or -1 when the text holds fewer occurrences. */
export function startOfValue(text: string, value: LabelledValue): number {
  let start = -1;
  for (let seen = 0; seen < (value.occurrence ?? 1); seen += 1) {
    start = text.indexOf(value.text, start + 1);
    if (start < 0) return -1;
  }
  return start;
}

/** One set's folder, its files and its readers: what each set's own `load.ts` exports. */
export function bindSet(folder: string) {
  return {
    SET_FOLDER: folder,
    LABELLED_PATH: labelledPathIn(folder),
    PII_FREE_PATH: piiFreePathIn(folder),
    loadLabelled: (): LabelledMessage[] => loadLabelledFrom(folder),
    loadPiiFree: (): PiiFreeMessage[] => loadPiiFreeFrom(folder),
  };
}
