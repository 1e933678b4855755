import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderRequestError } from '../../src/errors.ts';
import { createOpenAIProvider } from '../../src/router/providers/openai.ts';
import type { OpenAIProviderOptions } from '../../src/router/providers/openai.ts';
import { startFakeOllama } from '../fakes/ollama.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import type { FakeOpenAI } from '../fakes/openai.ts';
import { SCRIPTED_TEXT, SENT_MESSAGES, collect, openAIStyleMessages, runProviderContract } from './contract-suite.ts';

/** Built at run time so no key-shaped literal sits in the repository. */
const API_KEY = ['sk', 'test', 'fake', '0123456789'].join('-');

runProviderContract({
  name: 'OpenAI (cloud)',
  sdkRetries: true,
  start: async () => {
    const fake = await startFakeOpenAI({
      apiKey: API_KEY,
      reply: { text: SCRIPTED_TEXT, promptTokens: 42, cachedTokens: 16, completionTokens: 11 },
    });
    return {
      fake,
      provider: (overrides = {}) =>
        createOpenAIProvider({
          apiKey: API_KEY,
          baseURL: overrides.url === undefined ? fake.baseURL : `${overrides.url}/v1`,
          model: overrides.model ?? 'gpt-4o-mini',
          location: 'cloud',
          maxRetries: overrides.maxRetries ?? 0,
          ...(overrides.timeoutMs === undefined ? {} : { timeoutMs: overrides.timeoutMs }),
        }),
      expectedUsage: { inputTokens: 42, cachedInputTokens: 16, outputTokens: 11 },
      chatPath: '/v1/chat/completions',
      sentMessages: openAIStyleMessages,
      missingModelDetail: /model no-such-model is not available/,
      downDetail: /cannot reach openai at http:\/\/127\.0\.0\.1:\d+\/v1.*check the network/,
    };
  },
});

runProviderContract({
  name: 'OpenAI-compatible local (Ollama /v1)',
  sdkRetries: true,
  start: async () => {
    const fake = await startFakeOllama({ reply: { text: SCRIPTED_TEXT, promptEvalCount: 37, evalCount: 12 } });
    return {
      fake,
      provider: (overrides = {}) =>
        createOpenAIProvider({
          apiKey: '',
          baseURL: overrides.url === undefined ? fake.openAIBaseURL : `${overrides.url}/v1`,
          model: overrides.model ?? 'llama3.2',
          location: 'local',
          maxRetries: overrides.maxRetries ?? 0,
          ...(overrides.timeoutMs === undefined ? {} : { timeoutMs: overrides.timeoutMs }),
        }),
      expectedUsage: { inputTokens: 37, cachedInputTokens: undefined, outputTokens: 12 },
      chatPath: '/v1/chat/completions',
      sentMessages: openAIStyleMessages,
      missingModelDetail: /model no-such-model is not available; it serves: llama3\.2:latest, nomic-embed-text:latest/,
      downDetail: /cannot reach openai-compatible .*is the local model server running\?/,
    };
  },
});

describe('OpenAI specifics', () => {
  let fake: FakeOpenAI;
  const provider = (options: Partial<OpenAIProviderOptions> = {}) =>
    createOpenAIProvider({ apiKey: API_KEY, baseURL: fake.baseURL, model: 'gpt-4o-mini', location: 'cloud', maxRetries: 0, ...options });
  const lastChatBody = (): Record<string, unknown> =>
    JSON.parse(fake.requests.filter((request) => request.path === '/v1/chat/completions').at(-1)?.body ?? '{}') as Record<string, unknown>;

  beforeEach(async () => {
    fake = await startFakeOpenAI({ apiKey: API_KEY, models: ['gpt-4o-mini', 'qwen2.5-7b-instruct', 'text-embedding-3-small'] });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('caps output with max_completion_tokens in the cloud and max_tokens on local servers', async () => {
    await provider().generate({ messages: SENT_MESSAGES, maxOutputTokens: 300, temperature: 0 });
    expect(lastChatBody()).toMatchObject({ max_completion_tokens: 300, temperature: 0 });
    expect(lastChatBody()).not.toHaveProperty('max_tokens');
    await provider({ location: 'local', model: 'qwen2.5-7b-instruct' }).generate({ messages: SENT_MESSAGES, maxOutputTokens: 300 });
    expect(lastChatBody()).toMatchObject({ max_tokens: 300 });
    expect(lastChatBody()).not.toHaveProperty('max_completion_tokens');
  });

  it('asks for usage on streams and reads it from the last chunk', async () => {
    const chunks = await collect(provider().stream({ messages: SENT_MESSAGES }));
    expect(lastChatBody()).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(chunks.at(-1)).toMatchObject({ type: 'finish', usage: { inputTokens: 42, cachedInputTokens: 16, outputTokens: 11 } });
  });

  it('reports the model that actually answered', async () => {
    fake.reply = { ...fake.reply, model: 'gpt-4o-mini-2024-07-18', finishReason: 'length' };
    const result = await provider().generate({ messages: SENT_MESSAGES });
    expect(result).toMatchObject({ modelId: 'gpt-4o-mini-2024-07-18', finishReason: 'length', rawFinishReason: 'length' });
  });

  it('leaves usage undefined when a server reports none', async () => {
    fake.reply = { ...fake.reply, omitUsage: true };
    const none = { inputTokens: undefined, cachedInputTokens: undefined, outputTokens: undefined };
    expect((await provider().generate({ messages: SENT_MESSAGES })).usage).toEqual(none);
    const chunks = await collect(provider().stream({ messages: SENT_MESSAGES }));
    expect(chunks.at(-1)).toMatchObject({ type: 'finish', usage: none });
  });

  it('embeds as floats with the embed model', async () => {
    const result = await provider({ embedModel: 'text-embedding-3-small' }).embed?.(['disk full on db-2', 'on db-2, disk full']);
    expect(result?.embeddings).toHaveLength(2);
    expect(result?.embeddings[0]).toHaveLength(64);
    expect(result?.embeddings[0]).toEqual(result?.embeddings[1]);
    expect(result?.usage.inputTokens).toBe(10);
    const body = JSON.parse(fake.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({ model: 'text-embedding-3-small', encoding_format: 'float' });
  });

  it('fails a rejected key as not retryable, and health says to check the key', async () => {
    const wrong = provider({ apiKey: 'wrong-key' });
    await expect(wrong.generate({ messages: SENT_MESSAGES })).rejects.toMatchObject({ details: { status: 401, retryable: false } });
    const health = await wrong.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(/401.*check the API key/);
  });

  it('says the base URL needs /v1 when /models is not found', async () => {
    const health = await provider({ baseURL: fake.url }).health();
    expect(health).toMatchObject({ ok: false });
    expect(health.detail).toMatch(/should end in \/v1/);
  });

  it('refuses to start without what it needs', () => {
    expect(() => createOpenAIProvider({ apiKey: '', model: 'gpt-4o-mini', location: 'cloud' })).toThrow(ConfigError);
    expect(() => createOpenAIProvider({ apiKey: '', model: 'llama3.2', location: 'local' })).toThrow(ConfigError);
  });

  it('sends the key only as a bearer header, never in the body', async () => {
    await provider().generate({ messages: SENT_MESSAGES });
    const request = fake.requests.at(-1);
    expect(request?.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).not.toContain(API_KEY);
  });

  it('fails a stream that ends without a finish reason instead of passing it off as whole', async () => {
    fake.malformedNext();
    const failure = collect(provider().stream({ messages: SENT_MESSAGES }));
    await expect(failure).rejects.toBeInstanceOf(ProviderRequestError);
    await expect(failure).rejects.toMatchObject({ details: { retryable: false } });
  });
});
