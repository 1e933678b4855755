/** The fakes themselves: exact recording, clean closing, and the wire framing the SDKs rely on. */
import { describe, expect, it } from 'vitest';
import { startFakeAnthropic } from '../fakes/anthropic.ts';
import { hashedEmbedding } from '../fakes/http-recorder.ts';
import { startFakeOllama } from '../fakes/ollama.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('the fake servers', () => {
  it('record every request with its raw body byte for byte', async () => {
    const fake = await startFakeOpenAI();
    const raw = '{ "model":"gpt-4o-mini",\n  "messages": [{"role":"user","content":"naïve café – ✓ \\u00e9"}] ,"stream":false }';
    const response = await post(`${fake.url}/v1/chat/completions`, raw, { 'X-Trace': 'abc' });
    expect(response.status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', body: raw });
    expect(fake.requests[0]?.headers['x-trace']).toBe('abc');
    await fake.close();
  });

  it('close even while a request hangs', async () => {
    const fake = await startFakeOllama();
    fake.hangNext();
    const hanging = post(`${fake.url}/api/chat`, '{}');
    await fake.waitForRequests(1);
    await fake.close();
    await expect(hanging).rejects.toThrow();
  });

  it('Ollama streams NDJSON whose last line is done with the counts', async () => {
    const fake = await startFakeOllama();
    const response = await post(`${fake.url}/api/chat`, JSON.stringify({ model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }] }));
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(0, -1).every((line) => line.done === false)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ done: true, done_reason: 'stop', prompt_eval_count: 37, eval_count: 12 });
    await fake.close();
  });

  it('OpenAI streams data lines, a usage chunk with no choices, then [DONE]', async () => {
    const fake = await startFakeOpenAI();
    const body = { model: 'gpt-4o-mini', messages: [], stream: true, stream_options: { include_usage: true } };
    const text = await (await post(`${fake.url}/v1/chat/completions`, JSON.stringify(body))).text();
    const frames = text.trim().split('\n\n');
    expect(frames.every((frame) => frame.startsWith('data: '))).toBe(true);
    expect(frames.at(-1)).toBe('data: [DONE]');
    expect(JSON.parse(frames.at(-2)?.slice(6) ?? '{}')).toMatchObject({ choices: [], usage: { prompt_tokens: 42, prompt_tokens_details: { cached_tokens: 16 } } });
    await fake.close();
  });

  it('Anthropic streams named events in the order the SDK expects', async () => {
    const fake = await startFakeAnthropic();
    const body = { model: 'claude-sonnet-4-6', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], stream: true };
    const response = await post(`${fake.url}/v1/messages`, JSON.stringify(body), { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' });
    const events = [...(await response.text()).matchAll(/^event: (\S+)$/gm)].map((match) => match[1]);
    expect(events[0]).toBe('message_start');
    expect(events.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(events).toContain('content_block_delta');
    await fake.close();
  });

  it('answer errors in each vendor shape', async () => {
    const openai = await startFakeOpenAI();
    openai.failNext(429, { headers: { 'retry-after': '0' } });
    const limited = await post(`${openai.url}/v1/chat/completions`, '{}');
    expect(limited.headers.get('retry-after')).toBe('0');
    expect(await limited.json()).toMatchObject({ error: { type: 'rate_limit_exceeded', message: 'fake 429' } });
    await openai.close();
    const ollama = await startFakeOllama();
    ollama.failNext(500, { message: 'out of memory' });
    expect(await (await post(`${ollama.url}/api/chat`, '{}')).json()).toEqual({ error: 'out of memory' });
    await ollama.close();
  });
});

describe('the fake embeddings', () => {
  const cosine = (left: number[], right: number[]) => left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);

  it('are unit vectors, identical for identical text, closer for texts sharing words', () => {
    const a = hashedEmbedding('Postgres replica lag alert', 32);
    expect(a).toEqual(hashedEmbedding('postgres replica LAG alert', 32));
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, hashedEmbedding('replica lag again', 32))).toBeGreaterThan(cosine(a, hashedEmbedding('team lunch on friday', 32)));
    expect(hashedEmbedding('', 8)).toEqual(new Array(8).fill(0));
  });
});
