/**
 * Generating an answer while people watch: the provider's stream is read chunk by chunk, each piece
 * handed to the reply stream (opened with the route marker before the first token), and the chunks
 * are collected into the same GenerateResult a non-streamed call returns.
 */
import type { ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import type { GenerateChunk, GenerateRequest, GenerateResult } from '../../router/providers/contract.ts';
import { EMPTY_USAGE } from '../../router/providers/contract.ts';

/** Opens the visible stream; undefined when the platform cannot show one. */
export type OpenStream = (opening: StreamOpening) => Promise<ReplyStream>;

/**
 * Reads `chunks` to the end. `transform` turns raw model text into what may be shown (re-identified
 * for a cloud answer; a placeholder cut between chunks is held back until it is whole).
 */
export async function readStream(
  chunks: AsyncIterable<GenerateChunk>,
  show: (text: string) => Promise<void>,
  options: { modelId: string; transform?: { push(text: string): string; finish(): string } },
): Promise<GenerateResult & { shown: string }> {
  let raw = '';
  let shown = '';
  let finish: Extract<GenerateChunk, { type: 'finish' }> | undefined;
  const emit = async (text: string) => {
    if (text.length === 0) return;
    shown += text;
    await show(text);
  };
  for await (const chunk of chunks) {
    if (chunk.type === 'finish') {
      finish = chunk;
      continue;
    }
    raw += chunk.text;
    await emit(options.transform ? options.transform.push(chunk.text) : chunk.text);
  }
  if (options.transform) await emit(options.transform.finish());
  return {
    text: raw,
    shown,
    usage: finish?.usage ?? EMPTY_USAGE,
    finishReason: finish?.finishReason ?? 'other',
    rawFinishReason: finish?.rawFinishReason,
    modelId: finish?.modelId ?? options.modelId,
  };
}

/** A stream opened at the first visible text, so an answer that never starts leaves no empty message. */
export function lazyStream(open: OpenStream, opening: StreamOpening): (text: string) => Promise<void> {
  let stream: Promise<ReplyStream> | undefined;
  return async (text) => {
    stream ??= open(opening);
    await (await stream).append(text);
  };
}

export type { GenerateRequest };
