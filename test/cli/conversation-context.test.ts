/**
 * A follow-up is read with the conversation it follows, in the terminal chat over the sample
 * handbook: retrieval searches a standalone question (rewritten by the local model, or carrying
 * the earlier question's topic words when no model is up), the model sees the earlier turns, a new
 * topic is searched on its own, and an escalated follow-up sends its context pseudonymized.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { CLOSED_PORT_URL, runTandem, tempWorkspace } from '../support/cli-harness.ts';
import { readLedger, startWorld, type World } from '../support/e2e-world.ts';

const FIRST = 'how many vacation days do I get?';
const FOLLOW_UP = 'and how many of them can I carry over into next year?';
const REWRITTEN = 'how many vacation days can I carry over into next year?';

interface ChatBody {
  messages: Array<{ role: string; content: string }>;
}

/** The sources each reply listed, in reply order (a reply's "Sources:" block up to its marker). */
function sourcesPerReply(stdout: string): string[][] {
  return stdout
    .split('tandem › ')
    .slice(1)
    .map((reply) => [...reply.matchAll(/\[\d+\] (handbook\/\S+)/g)].map((match) => match[1]!));
}

let ollama: FakeOllama | undefined;
let world: World | undefined;
afterEach(async () => {
  await ollama?.close();
  await world?.close();
  ollama = undefined;
  world = undefined;
});

describe('conversation context in the terminal chat', () => {
  it('without a model: the follow-up carries the earlier topic words and is answered from the paid-time-off page', async () => {
    const run = await runTandem(['start'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: CLOSED_PORT_URL }, stdin: `${FIRST}\n${FOLLOW_UP}\n` });
    expect(run.code).toBe(0);
    const [, followUpSources] = sourcesPerReply(run.stdout);
    expect(followUpSources!.length).toBeGreaterThan(0);
    expect(followUpSources!.every((source) => source === 'handbook/policies/paid-time-off.md'), followUpSources!.join(', ')).toBe(true);
    expect(run.stdout).toMatch(/carry/i);
  });

  it('without a model: a new topic is searched on its own, the old one is not dragged in', async () => {
    const run = await runTandem(['start'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: CLOSED_PORT_URL }, stdin: `${FIRST}\nok, different thing: how do i get onto the vpn from home?\n` });
    const [, switched] = sourcesPerReply(run.stdout);
    expect(switched!.length).toBeGreaterThan(0);
    expect(switched).not.toContain('handbook/policies/paid-time-off.md');
    expect(switched![0]).toBe('handbook/it/vpn.md');
  });

  it('with the local model: one short rewrite call, retrieval from the paid-time-off page, and the earlier turns in the prompt', async () => {
    ollama = await startFakeOllama({
      models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 131_072 }],
      reply: { text: 'You get 25 days of paid vacation a year [1].' },
      replyFor: (messages) => (messages[0]?.content.includes('standalone question') ? { text: REWRITTEN } : undefined),
    });
    const cwd = tempWorkspace();
    const run = await runTandem(['start'], { cwd, environment: { OLLAMA_HOST: ollama.url }, stdin: `${FIRST}\n${FOLLOW_UP}\n` });
    expect(run.code).toBe(0);

    const chats = ollama.requests.filter((request) => request.path === '/api/chat').map((request) => JSON.parse(request.body) as ChatBody);
    // Answer, rewrite, answer: the first question had no conversation to rewrite against.
    expect(chats).toHaveLength(3);
    const rewrite = chats[1]!;
    expect(rewrite.messages[1]!.content).toContain(`user: ${FIRST}`);
    expect(rewrite.messages[1]!.content).toContain(`Last message: ${FOLLOW_UP}`);
    const answer = chats[2]!;
    expect(answer.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(answer.messages[1]!.content).toBe(FIRST);
    expect(answer.messages[2]!.content).toBe('You get 25 days of paid vacation a year [1].');
    const finalPrompt = answer.messages[3]!.content;
    expect(finalPrompt).toContain(`Question: ${FOLLOW_UP}`);
    // The rewrite was searched: the paid-time-off page leads, ahead of any other page that "carries over".
    const sources = [...finalPrompt.matchAll(/^\[\d+\] (\S+) — (.*)$/gm)].map((match) => `${match[1]} — ${match[2]}`);
    expect(sources[0]).toBe('handbook/policies/paid-time-off.md — Paid Time Off > Carry-over');
    expect(sources.slice(0, 3).every((source) => source.startsWith('handbook/policies/paid-time-off.md'))).toBe(true);

    const purposes = readLedger(`${cwd}/tandem.db`).map((row) => row.purpose);
    expect(purposes).toEqual(['answer', 'rewrite', 'answer']);
  });

  it('a follow-up after an escalated answer: the earlier turns reach the cloud pseudonymized, with the same placeholders', async () => {
    world = await startWorld({ cloud: true });
    const first = 'Ngozi Okafor approved my vacation days, how many do I have left? --cloud';
    const second = 'and can she approve carrying them over too? --cloud';
    const run = await runTandem(['start'], { cwd: world.cwd, environment: world.environment, stdin: `${first}\n${second}\n` });
    expect(run.code).toBe(0);
    // Both answers lead with the marker, printed before the first token; the cost follows at the end.
    expect(run.stdout.match(/^tandem › ☁️ escalated: requested with --cloud · redacted 1 person · openai\/gpt-5\.4$/gm)).toHaveLength(2);
    expect(run.stdout.match(/cost of this answer: \$0\.02/g)).toHaveLength(2);

    const chats = world.cloudChats();
    expect(chats).toHaveLength(2);
    for (const chat of chats) expect(chat.body).not.toMatch(/Ngozi|Okafor/);
    const followUp = JSON.parse(chats[1]!.body) as ChatBody;
    const turns = followUp.messages.filter((message) => message.role !== 'system');
    expect(turns.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    // The earlier question and the re-identified answer that named her: both the same placeholder.
    expect(turns[0]!.content).toContain('<PERSON_1>');
    expect(turns[1]!.content).toContain('<PERSON_1>');
    expect(turns[0]!.content).not.toContain('--cloud');
    // And the person sees her name again in the follow-up's answer.
    expect(run.stdout.split('tandem › ')[2]).toContain('Ngozi Okafor');
  });
});
