/**
 * The labelled routing sets (scripts/eval/routing-*.jsonl) as training data: the development half of
 * each — the held-back halves stay for scoring and are never read here — and a hash of them, which
 * the weights file records as what it was trained on (a stale file is caught by retraining and
 * comparing: `npm run train:router -- --check`, test/router/learned-difficulty.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TrainingOptions } from './logistic-regression.ts';

export const ROUTING_SETS = fileURLToPath(new URL('../eval', import.meta.url));

export interface LabelledRequest {
  set: string;
  text: string;
  channel: string;
  kind: string;
  hard: boolean;
  answerable?: boolean;
}

interface LabelledLine extends Partial<LabelledRequest> {
  text: string;
  kind: string;
  hard: boolean;
  split?: string;
}

export function readDevHalves(directory = ROUTING_SETS): LabelledRequest[] {
  const files = readdirSync(directory).filter((name) => /^routing-[a-z-]+\.jsonl$/.test(name)).sort();
  return files.flatMap((name) =>
    readFileSync(join(directory, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LabelledLine)
      .filter((message) => message.split === 'dev')
      .map(({ text, channel, kind, hard, answerable }) => ({ set: basename(name, '.jsonl'), text, channel: channel ?? 'cli', kind, hard, ...(answerable !== undefined ? { answerable } : {}) })),
  );
}

/** What the weights were trained from: every message's set, channel, text and label, and the training settings. */
export function trainingDataHash(labelled: readonly LabelledRequest[], options: TrainingOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const message of labelled) hash.update(`${message.set}\t${message.channel}\t${message.text}\t${message.hard}\n`);
  return hash.digest('hex').slice(0, 16);
}
