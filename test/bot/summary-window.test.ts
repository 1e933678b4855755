/**
 * Long threads against a small window: every message reaches the model exactly once in the map
 * step, no request (prompt + output limit) exceeds the window, and planted decisions survive every
 * merge round to the final summary. The fake model reads its prompt and repeats the planted markers
 * it sees, the way a faithful model would carry them forward.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countMessageTokens } from '../../src/router/count-tokens.ts';
import type { ChatMessage } from '../../src/router/providers/contract.ts';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { runTandem, tempWorkspace } from '../support/cli-harness.ts';

const WINDOW = 2048;
const PLANTED = 9;
const CHATTER = [
  'ok so the staging deploy is green again, can someone double check the worker logs',
  'lol same, my laptop fan sounds like a jet engine today',
  'i think we should wait for the metrics before we call it',
  'pasting the error: TimeoutError: operation timed out after 30000ms at Queue.poll (queue.js:88)',
  'fwiw the dashboard link is in the runbook, section 3',
  'brb lunch',
  'can we move the sync to thursday? wednesday is packed for me',
  'agree with the above, the retry budget is too small for the batch jobs we run at night',
];

interface ChatBody {
  messages: ChatMessage[];
  options: { num_ctx: number; num_predict?: number };
}

function thread(size: number): Array<{ user: string; text: string; ts: string }> {
  const plantedAt = new Set(Array.from({ length: PLANTED }, (_, index) => Math.floor(((index + 0.5) * size) / PLANTED)));
  return Array.from({ length: size }, (_, index) => {
    const marker = `m${String(index).padStart(5, '0')}`;
    const text = plantedAt.has(index) ? `${marker} decided: PLANTED-${[...plantedAt].indexOf(index) + 1} ships on friday, owner dana` : `${marker} ${CHATTER[index % CHATTER.length]}`;
    return { user: ['ana', 'ben', 'chen', 'dana'][index % 4]!, text, ts: `${1_700_000_000 + index}.000100` };
  });
}

describe('summaries of long threads in a 2,048-token window', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama({ models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: WINDOW }] });
    ollama.respond = (body) => {
      const prompt = (body.messages as ChatMessage[]).map((message) => message.content).join('\n');
      const planted = [...new Set(prompt.match(/PLANTED-\d+/g) ?? [])];
      // Notes of a realistic size (~150 tokens), so merging needs rounds on long threads.
      const filler = Array.from({ length: 6 }, (_, index) => `- point ${index + 1}: staging deploy checks, worker log timeouts, retry budget for night batch jobs`);
      return [...planted.map((marker) => `- ${marker} decided`), ...filler].join('\n');
    };
  });
  afterAll(async () => ollama.close());

  it.each([100, 1_000, 5_000])('summarizes %i messages with nothing dropped and no request over the window', async (size) => {
    ollama.requests.length = 0;
    const cwd = tempWorkspace(`local:\n  contextWindow: ${WINDOW}\n`);
    const messages = thread(size);
    writeFileSync(join(cwd, 'thread.json'), JSON.stringify(messages));
    const run = await runTandem(['summarize', '--json', 'thread.json'], { cwd, environment: { OLLAMA_HOST: ollama.url } });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { summary: string; route: string; notes: string[] };
    expect(result.route).toBe('local');

    const chats = ollama.requests.filter((request) => request.path === '/api/chat').map((request) => JSON.parse(request.body) as ChatBody);
    for (const chat of chats) {
      expect(chat.options.num_ctx).toBe(WINDOW);
      expect(countMessageTokens(chat.messages) + (chat.options.num_predict ?? Infinity)).toBeLessThanOrEqual(WINDOW);
    }
    const mapInputs = chats.filter((chat) => chat.messages[0]!.content.startsWith('You take notes on part')).map((chat) => chat.messages[1]!.content);
    const seen = new Map<string, number>();
    for (const input of mapInputs) for (const marker of input.match(/\bm\d{5}\b/g) ?? []) seen.set(marker, (seen.get(marker) ?? 0) + 1);
    expect(seen.size).toBe(size);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);

    const merges = chats.filter((chat) => chat.messages[0]!.content.startsWith('You combine notes')).length;
    if (size >= 1_000) expect(merges).toBeGreaterThan(0);
    for (let planted = 1; planted <= PLANTED; planted += 1) expect(result.summary).toContain(`PLANTED-${planted}`);
    expect(result.notes.join(' ')).toMatch(new RegExp(`Long conversation \\(${size} messages\\): summarized in ${mapInputs.length} parts`));
  }, 120_000);
});
