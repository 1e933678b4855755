import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderUnavailableError } from '../../src/errors.ts';
import { createOllamaProvider } from '../../src/router/providers/ollama.ts';
import type { OllamaProviderOptions } from '../../src/router/providers/ollama.ts';
import { startFakeOllama } from '../fakes/ollama.ts';
import type { FakeOllama } from '../fakes/ollama.ts';
import { SCRIPTED_TEXT, SENT_MESSAGES, collect, runProviderContract } from './contract-suite.ts';

runProviderContract({
  name: 'Ollama',
  sdkRetries: false,
  start: async () => {
    const fake = await startFakeOllama({ reply: { text: SCRIPTED_TEXT, promptEvalCount: 37, evalCount: 12 } });
    return {
      fake,
      provider: (overrides = {}) =>
        createOllamaProvider({
          host: overrides.url ?? fake.url,
          model: overrides.model ?? 'llama3.2',
          ...(overrides.timeoutMs === undefined ? {} : { timeoutMs: overrides.timeoutMs }),
        }),
      expectedUsage: { inputTokens: 37, cachedInputTokens: undefined, outputTokens: 12 },
      chatPath: '/api/chat',
      sentMessages: (request) => (JSON.parse(request.body) as { messages: Array<{ role: 'system' | 'user' | 'assistant'; content: string }> }).messages,
      missingModelDetail: /no-such-model is not pulled: run `ollama pull no-such-model`/,
      downDetail: /is Ollama running at http:\/\/127\.0\.0\.1:\d+\?/,
    };
  },
});

describe('Ollama specifics', () => {
  let fake: FakeOllama;
  const provider = (options: Partial<OllamaProviderOptions> = {}) =>
    createOllamaProvider({ host: fake.url, model: 'llama3.2', embedModel: 'nomic-embed-text', ...options });
  const lastBody = (path: string): Record<string, unknown> => {
    const request = fake.requests.filter((candidate) => candidate.path === path).at(-1);
    return JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
  };

  beforeEach(async () => {
    fake = await startFakeOllama();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('always sends num_ctx, so Ollama cannot silently truncate', async () => {
    await provider({ contextWindow: 16_384, keepAlive: '10m' }).generate({ messages: SENT_MESSAGES, maxOutputTokens: 200, temperature: 0.2 });
    expect(lastBody('/api/chat')).toMatchObject({
      model: 'llama3.2',
      stream: false,
      keep_alive: '10m',
      options: { num_ctx: 16_384, num_predict: 200, temperature: 0.2 },
    });
    await provider({ contextWindow: 16_384 }).generate({ messages: SENT_MESSAGES, contextWindow: 4_096 });
    expect(lastBody('/api/chat')).toMatchObject({ options: { num_ctx: 4_096 } });
    await provider().generate({ messages: SENT_MESSAGES });
    expect(lastBody('/api/chat')).toMatchObject({ options: { num_ctx: 8_192 } });
  });

  it('streams through NDJSON with num_ctx too', async () => {
    await collect(provider({ contextWindow: 32_768 }).stream({ messages: SENT_MESSAGES }));
    expect(lastBody('/api/chat')).toMatchObject({ stream: true, options: { num_ctx: 32_768 } });
  });

  it('leaves counts Ollama did not report undefined, and maps done_reason length', async () => {
    fake.reply = { ...fake.reply, promptEvalCount: null, evalCount: null, doneReason: 'length' };
    const result = await provider().generate({ messages: SENT_MESSAGES });
    expect(result.usage).toEqual({ inputTokens: undefined, cachedInputTokens: undefined, outputTokens: undefined });
    expect(result).toMatchObject({ finishReason: 'length', rawFinishReason: 'length' });
  });

  it('says which model to pull when generating with a model that is not pulled', async () => {
    const failure = provider({ model: 'qwen3' }).generate({ messages: SENT_MESSAGES });
    await expect(failure).rejects.toBeInstanceOf(ProviderUnavailableError);
    await expect(failure).rejects.toThrow(/ollama pull qwen3/);
  });

  it('embeds deterministically, at the fake dimension, with the embed model', async () => {
    const ollama = provider();
    const texts = ['backup job failed at 02:00', 'the backup job failed again', 'lunch menu for friday'];
    const first = await ollama.embed?.(texts);
    const second = await ollama.embed?.(texts);
    expect(first?.embeddings).toHaveLength(3);
    expect(first?.embeddings.every((vector) => vector.length === fake.embeddingDimensions)).toBe(true);
    expect(second?.embeddings).toEqual(first?.embeddings);
    expect(first?.modelId).toBe('nomic-embed-text');
    expect(first?.usage.inputTokens).toBe(15);
    expect(lastBody('/api/embed')).toMatchObject({ model: 'nomic-embed-text', input: texts });
    const [backup, again, lunch] = first?.embeddings ?? [];
    const cosine = (left: number[] = [], right: number[] = []) => left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
    expect(cosine(backup, again)).toBeGreaterThan(cosine(backup, lunch));
  });

  it('offers no embed without an embed model', () => {
    expect(createOllamaProvider({ host: fake.url, model: 'llama3.2' }).embed).toBeUndefined();
  });

  it('reads the context length from /api/show and matches a bare name to :latest', async () => {
    fake.models[0] = { name: 'llama3.2:latest', architecture: 'llama', contextLength: 131_072, parameters: 'num_ctx                        4096\nstop "<|eot_id|>"' };
    const health = await provider({ contextWindow: 16_384 }).health();
    expect(health.ok, health.detail).toBe(true);
    // Usable window: what tandem sends (num_ctx), capped by what the model was trained for.
    expect(health.contextWindow).toBe(16_384);
    expect(health.detail).toMatch(/chat model llama3\.2 is ready \(context length 131072, tandem sends num_ctx 16384, its Modelfile sets num_ctx 4096\)/);
    expect(health.detail).toMatch(/embed model nomic-embed-text is ready/);
    expect(lastBody('/api/show')).toMatchObject({ model: 'llama3.2:latest' });
  });

  it('warns when the configured context exceeds what the model has', async () => {
    fake.models[0] = { name: 'llama3.2:latest', architecture: 'llama', contextLength: 8_192 };
    const health = await provider({ contextWindow: 32_768 }).health();
    expect(health.detail).toMatch(/lower contextWindow to 8192 or less/);
    expect(health.contextWindow).toBe(8_192);
  });

  it('reports a missing embed model separately, without failing a ready chat model', async () => {
    const health = await provider({ embedModel: 'mxbai-embed-large' }).health();
    expect(health.ok).toBe(true);
    expect(health.detail).toMatch(/chat model llama3\.2 is ready/);
    expect(health.detail).toMatch(/embed model mxbai-embed-large is not pulled: run `ollama pull mxbai-embed-large`/);
  });

  it('says when the host answers but is not Ollama', async () => {
    fake.failNext(404, { path: '/api/tags', message: 'no such route' });
    const health = await provider().health();
    expect(health).toMatchObject({ ok: false });
    expect(health.detail).toMatch(/answered 404 to \/api\/tags .*is it an Ollama server\?/);
  });

  it('lets a consumer stop reading early without hanging', async () => {
    const chunks = provider().stream({ messages: SENT_MESSAGES });
    for await (const chunk of chunks) {
      expect(chunk.type).toBe('text');
      break;
    }
    expect(fake.requests.filter((request) => request.path === '/api/chat')).toHaveLength(1);
  });
});
