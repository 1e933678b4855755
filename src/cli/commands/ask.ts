/** `tandem ask`: the same answer path as chat, for operators and scripts (`--json` = one object per line). */
import type { Command } from 'commander';
import { answerQuestion, type AskOutcome } from '../../bot/ask-flow.ts';
import { UsageError } from '../../errors.ts';
import { renderReplyText } from '../../adapters/render-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { readInputMessages } from '../message-input.ts';
import { bootTandem, type GlobalOptions } from '../runtime.ts';
import { randomUUID } from 'node:crypto';
import { microsToExactUsd } from '../../spend/money.ts';

interface AskOptions {
  json?: boolean;
  jsonl?: boolean;
  cloud?: boolean;
  local?: boolean;
  channel?: string;
}

export function registerAsk(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('ask')
    .description('Answer a question from the knowledge base (use - to read one question per line from stdin)')
    .argument('[question...]', 'the question, or - for stdin')
    .option('--json', 'print one JSON object per answer')
    .option('--jsonl', 'read questions from stdin, one {"text", "channel"} object per line (multi-line questions stay whole); implies --json')
    .option('--cloud', 'ask for a cloud model (the routing policy may refuse)')
    .option('--local', 'never leave this machine')
    .option('--channel <name>', 'answer as if asked in this channel (channel policy and knowledge restrictions apply)', 'cli')
    .action(async (words: string[], options: AskOptions) => {
      const questions = (await readInputMessages(words, options.jsonl, io)).map((message) => ({ ...message, text: message.text.trim() })).filter((message) => message.text !== '');
      if (questions.length === 0) throw new UsageError('Give a question, e.g. tandem ask "how many vacation days do I get?"');
      // The freshness note names only sources visible where the questions are asked (--channel).
      const scope = { channelId: options.channel ?? 'cli', channelName: options.channel ?? 'cli', isDirect: false };
      const { tandem } = await bootTandem(io, { ...globals(), knowledge: 'check', scope });
      try {
        for (const { text: question, channel: asked } of questions) {
          const channel = asked ?? options.channel ?? 'cli';
          const outcome = await answerQuestion(tandem.services, {
            question,
            scope: { channelId: channel, channelName: channel, isDirect: false },
            flags: { cloud: options.cloud ?? false, local: options.local ?? false },
            context: { requestId: randomUUID().slice(0, 8), platform: 'cli', channelId: channel, channelName: channel, userId: 'cli' },
          });
          writeLine(io.stdout, options.json || options.jsonl ? JSON.stringify(toJson(outcome)) : renderOutcome(outcome));
        }
      } finally {
        tandem.close();
      }
    });
}

/** The answer as a person sees it: an escalation marker leads, a local marker trails. */
export function answerAsSeen(outcome: Pick<AskOutcome, 'answer' | 'marker' | 'markerPlacement'>): string {
  return outcome.markerPlacement === 'top' ? `${outcome.marker}\n\n${outcome.answer}` : `${outcome.answer}\n\n${outcome.marker}`;
}

function toJson(outcome: AskOutcome) {
  return {
    answer: answerAsSeen(outcome),
    route: outcome.route,
    escalated: outcome.escalated,
    reasons: outcome.reasons,
    citations: outcome.citations.map((citation) => ({ source: citation.source, heading: citation.heading, score: citation.score ?? null, ...(citation.link ? { link: citation.link } : {}) })),
    usage: outcome.usage,
    costUsd: outcome.costUsdMicros === null ? null : microsToExactUsd(outcome.costUsdMicros),
    notes: outcome.notes,
  };
}

function renderOutcome(outcome: AskOutcome): string {
  return renderReplyText({ text: outcome.answer, citations: outcome.citations, marker: outcome.marker, markerPlacement: outcome.markerPlacement, notes: outcome.notes, ephemeral: false });
}
