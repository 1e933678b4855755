import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderRequestError } from '../../src/errors.ts';
import { createAnthropicProvider } from '../../src/router/providers/anthropic.ts';
import type { AnthropicProviderOptions } from '../../src/router/providers/anthropic.ts';
import type { ChatMessage } from '../../src/router/providers/contract.ts';
import { startFakeAnthropic } from '../fakes/anthropic.ts';
import type { FakeAnthropic } from '../fakes/anthropic.ts';
import { SCRIPTED_TEXT, SENT_MESSAGES, collect, runProviderContract } from './contract-suite.ts';

/** Built at run time so no key-shaped literal sits in the repository. */
const API_KEY = ['sk', 'ant', 'test', 'fake', '0123456789'].join('-');

/** Anthropic carries the system prompt beside the messages; put it back in front for comparison. */
function anthropicMessages(body: string): ChatMessage[] {
  const parsed = JSON.parse(body) as { system?: string; messages: ChatMessage[] };
  return [...(parsed.system === undefined ? [] : [{ role: 'system' as const, content: parsed.system }]), ...parsed.messages];
}

runProviderContract({
  name: 'Anthropic',
  sdkRetries: true,
  start: async () => {
    const fake = await startFakeAnthropic({
      apiKey: API_KEY,
      reply: { text: SCRIPTED_TEXT, inputTokens: 25, outputTokens: 14, cacheReadInputTokens: 100, cacheCreationInputTokens: 8 },
    });
    return {
      fake,
      provider: (overrides = {}) =>
        createAnthropicProvider({
          apiKey: API_KEY,
          baseURL: overrides.url ?? fake.url,
          model: overrides.model ?? 'claude-sonnet-4-6',
          maxRetries: overrides.maxRetries ?? 0,
          ...(overrides.timeoutMs === undefined ? {} : { timeoutMs: overrides.timeoutMs }),
        }),
      // input_tokens excludes cache reads and writes: 25 + 100 + 8 is all the input.
      expectedUsage: { inputTokens: 133, cachedInputTokens: 100, cacheWriteInputTokens: 8, outputTokens: 14 },
      chatPath: '/v1/messages',
      sentMessages: (request) => anthropicMessages(request.body),
      missingModelDetail: /model no-such-model does not exist or this key cannot use it/,
      downDetail: /cannot reach anthropic at http:\/\/127\.0\.0\.1:\d+.*check the network/,
    };
  },
});

describe('Anthropic specifics', () => {
  let fake: FakeAnthropic;
  const provider = (options: Partial<AnthropicProviderOptions> = {}) =>
    createAnthropicProvider({ apiKey: API_KEY, baseURL: fake.url, model: 'claude-sonnet-4-6', maxRetries: 0, ...options });
  const lastBody = (): Record<string, unknown> => JSON.parse(fake.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;

  beforeEach(async () => {
    fake = await startFakeAnthropic({ apiKey: API_KEY });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('moves system messages to the system field and always sends max_tokens', async () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'system', content: 'Cite sources.' },
      { role: 'user', content: 'What broke?' },
    ];
    await provider().generate({ messages });
    expect(lastBody()).toMatchObject({ system: 'Be brief.\n\nCite sources.', max_tokens: 1024, messages: [{ role: 'user', content: 'What broke?' }] });
    await provider({ defaultMaxOutputTokens: 2048 }).generate({ messages, maxOutputTokens: 99, temperature: 0.5 });
    expect(lastBody()).toMatchObject({ max_tokens: 99, temperature: 0.5 });
  });

  it('omits the system field when there is no system message', async () => {
    await provider().generate({ messages: [{ role: 'user', content: 'hi' }] });
    expect(lastBody()).not.toHaveProperty('system');
  });

  it('keeps null cache counts undefined but still counts the input', async () => {
    fake.reply = { ...fake.reply, cacheReadInputTokens: null, cacheCreationInputTokens: null, stopReason: 'max_tokens' };
    const result = await provider().generate({ messages: SENT_MESSAGES });
    expect(result.usage).toEqual({ inputTokens: 25, cachedInputTokens: undefined, cacheWriteInputTokens: undefined, outputTokens: 14 });
    expect(result).toMatchObject({ finishReason: 'length', rawFinishReason: 'max_tokens' });
  });

  it('takes input counts from message_start and the output count from message_delta', async () => {
    const chunks = await collect(provider().stream({ messages: SENT_MESSAGES }));
    expect(chunks.at(-1)).toMatchObject({
      type: 'finish',
      usage: { inputTokens: 133, cachedInputTokens: 100, cacheWriteInputTokens: 8, outputTokens: 14 },
      rawFinishReason: 'end_turn',
      modelId: 'claude-sonnet-4-6',
    });
  });

  it('treats an overloaded error event mid-stream as retryable', async () => {
    fake.reply = { ...fake.reply, streamErrorType: 'overloaded_error' };
    const failure = collect(provider().stream({ messages: SENT_MESSAGES }));
    await expect(failure).rejects.toBeInstanceOf(ProviderRequestError);
    await expect(failure).rejects.toMatchObject({ details: { status: undefined, retryable: true } });
  });

  it('reads the context window from the model in health', async () => {
    const health = await provider().health();
    expect(health).toMatchObject({ ok: true, contextWindow: 200_000 });
    expect(fake.requests.at(-1)?.path).toBe('/v1/models/claude-sonnet-4-6');
  });

  it('fails a rejected key as not retryable, and health says to check the key', async () => {
    const wrong = provider({ apiKey: 'wrong-key' });
    await expect(wrong.generate({ messages: SENT_MESSAGES })).rejects.toMatchObject({ details: { status: 401, retryable: false } });
    expect((await wrong.health()).detail).toMatch(/401.*check the API key/);
  });

  it('sends the key in a header, never in the body', async () => {
    await provider().generate({ messages: SENT_MESSAGES });
    const request = fake.requests.at(-1);
    const headers = Object.values(request?.headers ?? {}).join('\n');
    expect(headers).toContain(API_KEY);
    expect(request?.headers['anthropic-version']).toBeTruthy();
    expect(request?.body).not.toContain(API_KEY);
  });

  it('refuses to start without a key', () => {
    expect(() => createAnthropicProvider({ apiKey: '', model: 'claude-sonnet-4-6' })).toThrow(ConfigError);
  });

  it('has no embed: Anthropic offers no embeddings', () => {
    expect(provider().embed).toBeUndefined();
  });
});

describe('the fake Anthropic server', () => {
  let fake: FakeAnthropic;
  beforeEach(async () => {
    fake = await startFakeAnthropic({ apiKey: API_KEY });
  });
  afterEach(async () => {
    await fake.close();
  });

  const listModels = (headers: Record<string, string>) =>
    fetch(`${fake.url}/v1/models`, { headers: { 'anthropic-version': '2023-06-01', ...headers } });

  it('accepts the key as x-api-key or as a bearer token, and nothing else', async () => {
    expect((await listModels({ 'x-api-key': API_KEY })).status).toBe(200);
    expect((await listModels({ authorization: `Bearer ${API_KEY}` })).status).toBe(200);
    const rejected = await listModels({});
    expect(rejected.status).toBe(401);
    expect(await rejected.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
  });
});
