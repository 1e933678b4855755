/**
 * The ModelProvider contract, as one suite every provider must pass against its fake server
 * (as Hono runs one router suite against every router). Vendor files add their own specifics.
 */
import { createServer } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderRequestError, ProviderUnavailableError } from '../../src/errors.ts';
import type { ChatMessage, GenerateChunk, ModelProvider, TokenUsage } from '../../src/router/providers/contract.ts';
import type { FakeServer, RecordedRequest } from '../fakes/http-recorder.ts';

export const SCRIPTED_TEXT = 'Roll back release 412, then page the database on-call.';

export const SENT_MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You are tandem, an ops assistant.' },
  { role: 'user', content: 'Why did the 02:00 backup job fail?' },
];

export interface ProviderOverrides {
  maxRetries?: number;
  timeoutMs?: number;
  model?: string;
  /** Point the provider somewhere else (a closed port). */
  url?: string;
}

export interface ContractFixture {
  fake: FakeServer;
  provider(overrides?: ProviderOverrides): ModelProvider;
  /** Usage the provider must report for the fake's scripted reply. */
  expectedUsage: TokenUsage;
  /** Path prefix of the generation endpoint, to count and read its requests. */
  chatPath: string;
  /** The chat messages as the vendor's request body carries them, back in contract form. */
  sentMessages(request: RecordedRequest): ChatMessage[];
  missingModelDetail: RegExp;
  downDetail: RegExp;
}

export interface ProviderCase {
  name: string;
  /** True where the SDK retries 429/5xx itself (OpenAI, Anthropic); Ollama's client does not. */
  sdkRetries: boolean;
  /** Start the fake scripted to answer SCRIPTED_TEXT. */
  start(): Promise<ContractFixture>;
}

export async function collect(chunks: AsyncIterable<GenerateChunk>): Promise<GenerateChunk[]> {
  const all: GenerateChunk[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

/** A URL on 127.0.0.1 where nothing listens: bind a port, then release it. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

export function runProviderContract(providerCase: ProviderCase): void {
  describe(`${providerCase.name} meets the ModelProvider contract`, () => {
    let fixture: ContractFixture | undefined;
    const use = (): ContractFixture => {
      if (fixture === undefined) throw new Error('fixture not started');
      return fixture;
    };
    beforeEach(async () => {
      fixture = await providerCase.start();
    });
    afterEach(async () => {
      await fixture?.fake.close();
      fixture = undefined;
    });
    answerContract(use);
    healthContract(use);
    failureContract(use, providerCase);
  });
}

function chatRequests(fixture: ContractFixture): RecordedRequest[] {
  return fixture.fake.requests.filter((request) => request.path.startsWith(fixture.chatPath));
}

/** Answers: text, usage, messages sent, streaming. */
function answerContract(use: () => ContractFixture): void {
  it('generates the scripted text with the usage exactly as reported', async () => {
    const fixture = use();
    const result = await fixture.provider().generate({ messages: SENT_MESSAGES });
    expect(result.text).toBe(SCRIPTED_TEXT);
    expect(result.usage).toEqual(fixture.expectedUsage);
    expect(result.finishReason).toBe('stop');
    expect(result.rawFinishReason).toBeTypeOf('string');
    expect(result.modelId).toBeTruthy();
  });

  it('sends the messages it was given, as the vendor expects them', async () => {
    const fixture = use();
    await fixture.provider().generate({ messages: SENT_MESSAGES });
    const [request] = chatRequests(fixture);
    expect(request).toBeDefined();
    expect(fixture.sentMessages(request as RecordedRequest)).toEqual(SENT_MESSAGES);
  });

  it('streams the text in pieces, then one finish carrying the usage', async () => {
    const fixture = use();
    const chunks = await collect(fixture.provider().stream({ messages: SENT_MESSAGES }));
    const texts = chunks.flatMap((chunk) => (chunk.type === 'text' ? [chunk.text] : []));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe(SCRIPTED_TEXT);
    const finishes = chunks.filter((chunk) => chunk.type === 'finish');
    expect(finishes).toHaveLength(1);
    expect(chunks.at(-1)).toMatchObject({ type: 'finish', usage: fixture.expectedUsage, finishReason: 'stop' });
  });
}

/** Health: ready, model missing, server down or hung. */
function healthContract(use: () => ContractFixture): void {
  it('reports healthy when the server answers and the model is there', async () => {
    const fixture = use();
    const health = await fixture.provider().health();
    expect(health.ok, health.detail).toBe(true);
    expect(health.detail).toMatch(/available|ready/);
  });

  it('reports an actionable detail when the model is missing', async () => {
    const fixture = use();
    const health = await fixture.provider({ model: 'no-such-model' }).health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(fixture.missingModelDetail);
  });

  it('reports the server down, and generate fails as unavailable', async () => {
    const fixture = use();
    const provider = fixture.provider({ url: await closedPortUrl(), maxRetries: 0 });
    const health = await provider.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(fixture.downDetail);
    await expect(provider.generate({ messages: SENT_MESSAGES })).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  it('reports a hung server as unhealthy within the timeout', async () => {
    const fixture = use();
    fixture.fake.hangNext();
    const health = await fixture.provider({ timeoutMs: 300 }).health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(/within 300 ms/);
  });
}

/** Failures: each maps to the error the router acts on. */
function failureContract(use: () => ContractFixture, providerCase: ProviderCase): void {
  it('treats a missing model on generate as unavailable, so callers degrade', async () => {
    const fixture = use();
    await expect(fixture.provider({ model: 'no-such-model' }).generate({ messages: SENT_MESSAGES })).rejects.toBeInstanceOf(
      ProviderUnavailableError,
    );
  });

  it.runIf(providerCase.sdkRetries)('lets the SDK retry a 429 with retry-after, then succeeds', async () => {
    const fixture = use();
    fixture.fake.failNext(429, { headers: { 'retry-after': '0', 'retry-after-ms': '1' }, message: 'slow down' });
    const result = await fixture.provider({ maxRetries: 2 }).generate({ messages: SENT_MESSAGES });
    expect(result.text).toBe(SCRIPTED_TEXT);
    expect(chatRequests(fixture)).toHaveLength(2);
  });

  it('fails a 500 with retries off as a retryable ProviderRequestError', async () => {
    const fixture = use();
    fixture.fake.failNext(500, { message: 'boom' });
    const failure = fixture.provider({ maxRetries: 0 }).generate({ messages: SENT_MESSAGES });
    await expect(failure).rejects.toBeInstanceOf(ProviderRequestError);
    await expect(failure).rejects.toMatchObject({ details: { status: 500, retryable: true } });
    expect(chatRequests(fixture)).toHaveLength(1);
  });

  it('fails a 400 as a ProviderRequestError that is not retryable', async () => {
    const fixture = use();
    fixture.fake.failNext(400, { message: 'bad request' });
    const failure = fixture.provider({ maxRetries: 2 }).generate({ messages: SENT_MESSAGES });
    await expect(failure).rejects.toMatchObject({ details: { status: 400, retryable: false } });
    expect(chatRequests(fixture)).toHaveLength(1);
  });

  it('fails a stream that the server refuses', async () => {
    const fixture = use();
    fixture.fake.failNext(500, { message: 'boom' });
    const failure = collect(fixture.provider({ maxRetries: 0 }).stream({ messages: SENT_MESSAGES }));
    await expect(failure).rejects.toMatchObject({ details: { status: 500, retryable: true } });
  });

  it('gives up on a server that never answers with ProviderUnavailableError', async () => {
    const fixture = use();
    fixture.fake.hangNext();
    const failure = fixture.provider({ timeoutMs: 300, maxRetries: 0 }).generate({ messages: SENT_MESSAGES });
    await expect(failure).rejects.toBeInstanceOf(ProviderUnavailableError);
    await expect(failure).rejects.toThrow(/within 300 ms/);
  });

  it("rethrows the caller's own abort rather than blaming the provider", async () => {
    const fixture = use();
    fixture.fake.hangNext();
    const controller = new AbortController();
    const failure = fixture.provider({ maxRetries: 0 }).generate({ messages: SENT_MESSAGES, signal: controller.signal });
    await fixture.fake.waitForRequests(1);
    controller.abort();
    await expect(failure).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("ends a stream the caller aborts with the abort, never with a finish", async () => {
    const fixture = use();
    const controller = new AbortController();
    const seen: GenerateChunk[] = [];
    const reading = (async () => {
      for await (const chunk of fixture.provider().stream({ messages: SENT_MESSAGES, signal: controller.signal })) {
        seen.push(chunk);
        controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.some((chunk) => chunk.type === 'finish')).toBe(false);
  });

  it('fails a well-formed answer of the wrong shape as a ProviderRequestError', async () => {
    const fixture = use();
    fixture.fake.failNext(200, { body: '{}' });
    const failure = fixture.provider({ maxRetries: 0 }).generate({ messages: SENT_MESSAGES });
    await expect(failure).rejects.toMatchObject({ code: 'PROVIDER_REQUEST_FAILED', details: { retryable: false } });
  });

  it('fails a malformed answer as a ProviderRequestError that is not retryable', async () => {
    const fixture = use();
    fixture.fake.malformedNext();
    const failure = fixture.provider({ maxRetries: 0 }).generate({ messages: SENT_MESSAGES });
    await expect(failure).rejects.toBeInstanceOf(ProviderRequestError);
    await expect(failure).rejects.toMatchObject({ details: { retryable: false } });
  });
}

/** Messages from an OpenAI-style body (`messages: [{role, content}]`). */
export function openAIStyleMessages(request: RecordedRequest): ChatMessage[] {
  const body = JSON.parse(request.body) as { messages: ChatMessage[] };
  return body.messages.map(({ role, content }) => ({ role, content }));
}
