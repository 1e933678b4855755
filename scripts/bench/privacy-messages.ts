/**
 * The 5,000 chat messages of 200–2,000 bytes the guard benchmarks run on: seeded, built by joining
 * messages of the faker evaluation set (both halves) until each reaches its drawn length.
 */
import { generateEvalSet } from '../eval/privacy/generate.ts';

const MESSAGE_COUNT = 5000;

export function buildBenchMessages(): string[] {
  const pool = [...generateEvalSet('dev'), ...generateEvalSet('held')].map((message) => message.text.replace(/\s*\n\s*/g, ' '));
  let state = 20_261_202;
  const random = (): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const messages: string[] = [];
  while (messages.length < MESSAGE_COUNT) {
    const target = 200 + Math.floor(random() * 1800);
    let text = '';
    while (Buffer.byteLength(text) < target) text += (text ? ' ' : '') + pool[Math.floor(random() * pool.length)];
    messages.push(Buffer.from(text).subarray(0, target).toString('utf8').replace(/\uFFFD$/, ''));
  }
  return messages;
}
