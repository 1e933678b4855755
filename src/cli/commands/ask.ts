/**
 * `tandem ask`: the same answer path as chat — each question goes through `bot.receive` as a `/ask`
 * message — for operators and scripts (`--json` = one object per line).
 */
import type { OutgoingReply, ReplyProvenance } from '../../core/chat-contract.ts';
import { UsageError } from '../../errors.ts';
import { maskSecretsIn } from '../../mask-secrets.ts';
import { httpLinkTarget } from '../../adapters/link-target.ts';
import { renderReplyText } from '../../adapters/render-text.ts';
import { terminalSafe } from '../../adapters/terminal-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { readInputMessages } from '../message-input.ts';
import { createOneShotAdapter } from '../one-shot-adapter.ts';
import { bootTandem, type GlobalOptions } from '../runtime.ts';
import { microsToExactUsd } from '../../spend/money.ts';

export interface AskOptions {
  json?: boolean;
  jsonl?: boolean;
  cloud?: boolean;
  local?: boolean;
  channel?: string;
}

export async function runAsk(io: CliIo, globals: GlobalOptions, words: string[], options: AskOptions): Promise<void> {
  const questions = (await readInputMessages(words, options.jsonl, io)).map((message) => ({ ...message, text: message.text.trim() })).filter((message) => message.text !== '');
  if (questions.length === 0) throw new UsageError('Give a question, e.g. tandem ask "how many vacation days do I get?"');
  // The freshness note names only sources visible where the questions are asked (--channel).
  const scope = { channelId: options.channel ?? 'cli', channelName: options.channel ?? 'cli', isDirect: false };
  const { tandem } = await bootTandem(io, { ...globals, knowledge: 'check', scope });
  try {
    const adapter = createOneShotAdapter(tandem.services);
    const flags = [options.cloud ? ' --cloud' : '', options.local ? ' --local' : ''].join('');
    for (const { text: question, channel: asked } of questions) {
      const reply = await adapter.send({ text: `/ask ${question}${flags}`, channel: asked ?? options.channel ?? 'cli' });
      const provenance = answered(reply);
      writeLine(io.stdout, options.json || options.jsonl ? JSON.stringify(toJson(reply, provenance)) : renderOutcome(reply));
    }
  } finally {
    tandem.close();
  }
}

/** A reply without provenance is the core refusing the request (usage, permission): the CLI's usage error. */
export function answered(reply: OutgoingReply): ReplyProvenance {
  if (reply.provenance === undefined) throw new UsageError(reply.text.split('\n')[0]!);
  return reply.provenance;
}

/** The answer as a person sees it: an escalation marker leads, a local marker trails. */
export function answerAsSeen(reply: Pick<OutgoingReply, 'text' | 'marker' | 'markerPlacement'>): string {
  if (reply.marker === undefined) return reply.text;
  return reply.markerPlacement === 'top' ? `${reply.marker}\n\n${reply.text}` : `${reply.text}\n\n${reply.marker}`;
}

function toJson(reply: OutgoingReply, provenance: ReplyProvenance) {
  return {
    answer: terminalSafe(answerAsSeen(reply)),
    route: provenance.route,
    escalated: provenance.escalated,
    reasons: provenance.reasons,
    citations: reply.citations.map(citationJson),
    usage: provenance.usage,
    costUsd: provenance.costUsdMicros === null ? null : microsToExactUsd(provenance.costUsdMicros),
    notes: reply.notes.map(maskSecretsIn),
  };
}

/** A citation as scripts read it: document text without control characters, a link only when chat would render it. */
function citationJson(citation: OutgoingReply['citations'][number]) {
  const link = httpLinkTarget(citation.link);
  return { source: terminalSafe(citation.source), heading: terminalSafe(citation.heading), score: citation.score ?? null, ...(link ? { link: terminalSafe(maskSecretsIn(link)) } : {}) };
}

function renderOutcome(reply: OutgoingReply): string {
  return renderReplyText({ text: reply.text, citations: reply.citations, ...(reply.marker ? { marker: reply.marker } : {}), ...(reply.markerPlacement ? { markerPlacement: reply.markerPlacement } : {}), notes: reply.notes.map(maskSecretsIn), ephemeral: false });
}
