import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { runTandem, tempWorkspace } from '../support/cli-harness.ts';

interface Answer {
  answer: string;
  route: string;
  reasons: string[];
}

describe('tandem ask: what the reply looks like depends on the kind of request', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama({ models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 8192 }], reply: { text: 'Happy to help.', promptEvalCount: 50, evalCount: 5 } });
  });
  afterAll(async () => ollama.close());

  const ask = async (...questions: string[]): Promise<Answer[]> => {
    const stdin = questions.map((text) => JSON.stringify({ text })).join('\n');
    const run = await runTandem(['ask', '--jsonl'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url }, stdin });
    expect(run.code).toBe(0);
    return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Answer);
  };

  it('answers small talk without a "not found" preamble, and without searching the helpdesk page', async () => {
    const [thanks, abilities] = await ask('thanks!', 'what can you do?');
    for (const reply of [thanks!, abilities!]) {
      expect(reply.answer).toBe('Happy to help.\n\n🏠 local · llama3.2');
      expect(reply.reasons[0]).toMatch(/^chit-chat: difficulty 0\.00 < 0\.60/);
    }
    const chats = ollama.requests.filter((request) => request.path === '/api/chat').map((request) => JSON.parse(request.body) as { messages: Array<{ content: string }> });
    expect(chats.at(-1)!.messages[0]!.content).toContain('`help` lists every command');
    expect(chats.at(-1)!.messages[1]!.content).not.toContain('Sources:');
  });

  it('below the line, names the closest pages with their links before a general answer', async () => {
    const [reply] = await ask('is there a company choir or band?');
    expect(reply!.answer.split('\n')[0]).toBe("I couldn't find a direct answer in the knowledge base; the closest pages are:");
    expect(reply!.answer).toMatch(/\n• .+ — (https:\/\/|handbook\/)/);
    expect(reply!.answer).toContain('From general knowledge:\n\nHappy to help.');
  });

  it('when the model finds nothing in the passages it was given, answers from general knowledge under the closest pages', async () => {
    const reader = await startFakeOllama({
      models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 8192 }],
      // A model that reads its prompt: nothing in the sources answers this, so it says the prompt's sentence.
      replyFor: (messages) => ({ text: messages[0]!.content.includes('numbered sources') ? '"I couldn\u2019t find this in the knowledge base"' : 'EBITDA is earnings before interest, taxes, depreciation and amortisation.' }),
    });
    try {
      const run = await runTandem(['ask', '--json', 'what does ebitda mean in our finance reports?'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: reader.url } });
      expect(run.code).toBe(0);
      const reply = JSON.parse(run.stdout) as Answer & { found: boolean };
      const chats = reader.requests.filter((request) => request.path === '/api/chat').map((request) => JSON.parse(request.body) as { messages: Array<{ content: string }> });
      expect(chats).toHaveLength(2);
      expect(chats[0]!.messages.at(-1)!.content).toContain('Sources:');
      expect(chats[1]!.messages[0]!.content).toContain('answer from general knowledge');
      expect(reply.answer.split('\n')[0]).toBe("I couldn't find a direct answer in the knowledge base; the closest pages are:");
      expect(reply.answer).toContain('From general knowledge:\n\nEBITDA is earnings before interest');
      expect(reply.answer).not.toContain('couldn\u2019t find this');
    } finally {
      await reader.close();
    }
  });
});
