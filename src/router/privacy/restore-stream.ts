import type { RestoreResult } from './restore.ts';

/** Anything with a `restore` — in practice a Pseudonymizer. */
export interface Restorer {
  restore(answer: string): RestoreResult;
}

export interface RestoreStream {
  /** Feed the next streamed chunk; returns the re-identified text that is safe to show now. */
  push(chunk: string): string;
  /** End of stream: re-identifies and returns whatever was held back. */
  finish(): string;
  unrestored(): string[];
}

const LOOKBACK = 48;

/**
 * Splits streamed text where no placeholder can be cut in half: an unclosed `<`, `&` or `\` near the end,
 * or a trailing word (`PERS`, `PERSON_1` that may still become `PERSON_12`), is held back for the next chunk.
 */
export function splitAtSafeBoundary(text: string): { ready: string; pending: string } {
  let hold = text.length;
  const tailStart = Math.max(0, text.length - LOOKBACK);
  for (let index = text.length - 1; index >= tailStart; index -= 1) {
    const character = text[index];
    if (character === '>' || (character === ';' && /&(?:gt|#0*62|#x0*3e)$/i.test(text.slice(tailStart, index)))) break;
    if (character === '<' || character === '&' || character === '\\') hold = index;
  }
  const trailingWord = /[A-Za-z0-9_#\\]+$/.exec(text.slice(tailStart));
  if (trailingWord !== null) hold = Math.min(hold, tailStart + trailingWord.index);
  return { ready: text.slice(0, hold), pending: text.slice(hold) };
}

export function createRestoreStream(restorer: Restorer): RestoreStream {
  let pending = '';
  const unrestored = new Set<string>();
  const restoreAndCollect = (text: string): string => {
    const result = restorer.restore(text);
    for (const placeholder of result.unrestored) unrestored.add(placeholder);
    return result.text;
  };
  return {
    push(chunk) {
      const split = splitAtSafeBoundary(pending + chunk);
      pending = split.pending;
      return restoreAndCollect(split.ready);
    },
    finish() {
      const rest = pending;
      pending = '';
      return restoreAndCollect(rest);
    },
    unrestored: () => [...unrestored],
  };
}
