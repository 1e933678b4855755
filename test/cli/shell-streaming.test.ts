/**
 * The terminal chat prints an answer as the model writes it: with a model that writes one word
 * every 50 ms, the first words are on screen while the rest is still being written, and the
 * sources and marker follow once it is done.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { capturedStreams, tempWorkspace } from '../support/cli-harness.ts';

const ANSWER = Array.from({ length: 6 }, (_, index) => `Part ${index + 1}: full-time employees get 25 days of paid vacation a year [1].`).join(' ');

let ollama: FakeOllama | undefined;
afterEach(async () => {
  await ollama?.close();
  ollama = undefined;
});

describe('the terminal chat streams answers', () => {
  it('shows the first words before the model has finished, then the sources and the marker', async () => {
    ollama = await startFakeOllama({ models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 131_072 }], reply: { text: ANSWER }, tokenDelayMs: 50 });
    const cwd = tempWorkspace();
    const { stdin, stdout, stderr, written } = capturedStreams();
    const finished = runCli(['start'], { stdin, stdout, stderr, environment: { TANDEM_DB: join(cwd, 'tandem.db'), OLLAMA_HOST: ollama.url }, cwd, shutdownSignal: new Promise(() => undefined) });
    stdin.write('how many vacation days do I get?\n');

    const deadline = Date.now() + 10_000;
    while (!written.out.includes('tandem › Part 1:') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    // Visible, and not yet whole: the model is still writing.
    expect(written.out).toContain('tandem › Part 1:');
    expect(written.out).not.toContain('Part 6:');

    stdin.end();
    expect(await finished).toBe(0);
    const reply = written.out.slice(written.out.indexOf('tandem › '));
    expect(reply).toContain(ANSWER);
    expect(reply).toMatch(/Sources:\n\s+\[1\] handbook\/policies\/paid-time-off\.md/);
    expect(reply).toContain('🏠 local · llama3.2');
    expect(reply.match(/Part 1:/g)).toHaveLength(1);
  });

  it('never shows a "not found" sentence while it is written: the general answer that replaces it streams instead', async () => {
    ollama = await startFakeOllama({
      models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 131_072 }],
      replyFor: (messages) => ({ text: messages[0]!.content.includes('numbered sources') ? "I couldn't find this in the knowledge base." : 'EBITDA is earnings before interest, taxes, depreciation and amortisation.' }),
      tokenDelayMs: 20,
    });
    const cwd = tempWorkspace();
    const { stdin, stdout, stderr, written } = capturedStreams();
    const finished = runCli(['start'], { stdin, stdout, stderr, environment: { TANDEM_DB: join(cwd, 'tandem.db'), OLLAMA_HOST: ollama.url }, cwd, shutdownSignal: new Promise(() => undefined) });
    stdin.write('what does ebitda mean in our finance reports?\n');
    stdin.end();
    expect(await finished).toBe(0);
    const reply = written.out.slice(written.out.indexOf('tandem › '));
    expect(reply).not.toContain('find this in the knowledge base');
    expect(reply).toContain("I couldn't find a direct answer in the knowledge base; the closest pages are:");
    expect(reply.match(/EBITDA is earnings/g)).toHaveLength(1);
  });
});
