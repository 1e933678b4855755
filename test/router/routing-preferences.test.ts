import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOllamaProvider } from '../../src/router/providers/ollama.ts';
import { PreferenceMatcher, type RoutingPreference } from '../../src/router/routing-preferences.ts';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';

const PREFERENCES: RoutingPreference[] = [
  { when: 'contract or legal clause review', route: 'cloud' },
  { when: 'questions about company policies and how-tos', route: 'local' },
];

describe('routing preferences matched by the local model', () => {
  let ollama: FakeOllama;
  let matcher: PreferenceMatcher;

  beforeEach(async () => {
    ollama = await startFakeOllama();
    const provider = createOllamaProvider({ host: ollama.url, model: 'llama3.2', timeoutMs: 5_000 });
    matcher = new PreferenceMatcher({ provider, preferences: PREFERENCES, timeoutMs: 1_500 });
  });
  afterEach(() => ollama.close());

  it('asks once with a JSON schema that only allows a listed preference, and returns the one chosen', async () => {
    ollama.reply.text = '{"preference": 1}';
    await expect(matcher.match('what does section 9.2 of the vendor MSA mean for us?')).resolves.toEqual(PREFERENCES[0]);
    const chats = ollama.requests.filter((request) => request.path === '/api/chat');
    expect(chats).toHaveLength(1);
    const body = JSON.parse(chats[0]!.body) as { format: unknown; messages: Array<{ role: string; content: string }> };
    expect(body.format).toEqual({ type: 'object', properties: { preference: { type: 'integer', minimum: 0, maximum: 2 } }, required: ['preference'] });
    expect(body.messages[0]!.content).toContain('1. contract or legal clause review');
    expect(body.messages[1]!.content).toBe('what does section 9.2 of the vendor msa mean for us');
  });

  it('caches per normalised text: case, spacing and trailing punctuation do not cost another call', async () => {
    ollama.reply.text = '{"preference": 2}';
    await matcher.match('How do I file an expense report?');
    await expect(matcher.match('how do i   file an expense report')).resolves.toEqual(PREFERENCES[1]);
    expect(ollama.requests.filter((request) => request.path === '/api/chat')).toHaveLength(1);
  });

  it('returns nothing for "none of these" and for answers out of shape, and leaves the rest to the classifier', async () => {
    ollama.reply.text = '{"preference": 0}';
    await expect(matcher.match('thanks!')).resolves.toBeUndefined();
    ollama.reply.text = '{"preference": 7}';
    await expect(matcher.match('something else')).resolves.toBeUndefined();
    ollama.reply.text = 'I think it is the first one';
    await expect(matcher.match('a third thing')).resolves.toBeUndefined();
  });

  it('gives up within its latency budget when the local model hangs', async () => {
    const provider = createOllamaProvider({ host: ollama.url, model: 'llama3.2', timeoutMs: 60_000 });
    const hasty = new PreferenceMatcher({ provider, preferences: PREFERENCES, timeoutMs: 200 });
    ollama.hangNext({ path: '/api/chat' });
    await expect(hasty.match('review this NDA for me')).resolves.toBeUndefined();
  });

  it('makes no call at all when no preferences are configured', async () => {
    const provider = createOllamaProvider({ host: ollama.url, model: 'llama3.2' });
    await expect(new PreferenceMatcher({ provider, preferences: [], timeoutMs: 1_500 }).match('anything')).resolves.toBeUndefined();
    expect(ollama.requests).toHaveLength(0);
  });
});
