/**
 * A streamed answer reaches the terminal in pieces, and an escape sequence may be cut anywhere
 * between two of them: what the stream lets through, piece by piece, is exactly what terminalSafe
 * makes of the whole text — never half a sequence that the terminal would then complete.
 */
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeStream } from '../../src/adapters/terminal-text.ts';

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
const HOSTILE = `Line one\r\nline two. Zebra ${ESC}[2J${ESC}[HCLEARED crossings, bell${BEL} here. Carriage\rOVERWRITE ${ESC}]8;;https://evil.example/${ESC}\\the wiki${ESC}]8;;${ESC}\\ and ${ESC}]0;title${BEL}done ${ESC}`;

function streamed(text: string, cuts: readonly number[]): string {
  const safe = terminalSafeStream();
  let shown = '';
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    shown += safe.write(text.slice(from, cut));
    from = cut;
  }
  return shown + safe.end();
}

describe('terminalSafeStream', () => {
  it('shows the same as terminalSafe on the whole text, wherever the text is cut in two', () => {
    const whole = terminalSafe(HOSTILE);
    expect(whole).not.toContain(ESC);
    for (let cut = 0; cut <= HOSTILE.length; cut += 1) expect(streamed(HOSTILE, [cut])).toBe(whole);
  });

  it('and when it arrives one character at a time', () => {
    expect(streamed(HOSTILE, Array.from({ length: HOSTILE.length }, (_, index) => index))).toBe(terminalSafe(HOSTILE));
  });

  it('holds back only from an unfinished escape on: plain text shows at once', () => {
    const safe = terminalSafeStream();
    expect(safe.write('Part 1: twenty-five days ')).toBe('Part 1: twenty-five days ');
    expect(safe.write(`of leave ${ESC}]8;;https://evil`)).toBe('of leave ');
    expect(safe.write(`.example/${BEL}a year`)).toBe('a year');
  });
});
