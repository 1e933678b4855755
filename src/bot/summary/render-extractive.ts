/**
 * The extractive summary as Markdown, in the same sections a model summary has. Every line names
 * who said it and links the message it came from — only with a permalink the platform gave us;
 * a message without one is cited by name and time, never with a made-up link.
 */
import type { ConversationMessage } from '../../core/chat-contract.ts';
import type { StructuredSummary, SummaryPoint } from './extractive.ts';

const MAX_QUOTE_CHARS = 280;

export function renderStructuredSummary(summary: StructuredSummary): string {
  const sections: string[] = [];
  const tldr = [summary.opening ? `${summary.opening.message.userName}: ${quoted(summary.opening)}${cite(summary.opening.message)}` : undefined];
  if (summary.latest) tldr.push(`Latest: ${summary.latest.message.userName}: ${quoted(summary.latest)}${cite(summary.latest.message)}`);
  sections.push(`**TL;DR** ${tldr.filter(Boolean).join(' ')}`);
  if (summary.decisions.length > 0) sections.push(section('Decisions', summary.decisions.map((point) => `${point.message.userName}: ${quoted(point)}${cite(point.message)}`)));
  if (summary.actions.length > 0) {
    sections.push(section('Action items', summary.actions.map((action) => `${action.owner} — ${quoted(action)}${action.due ? ` (due: ${action.due})` : ''}${cite(action.message)}`)));
  }
  if (summary.questions.length > 0) sections.push(section('Open questions', summary.questions.map((point) => `${point.message.userName}: ${quoted(point)}${cite(point.message)}`)));
  return sections.join('\n\n');
}

function section(title: string, lines: string[]): string {
  return [`**${title}**`, ...lines.map((line) => `- ${line}`)].join('\n');
}

function quoted(point: SummaryPoint): string {
  // Names stay names: an "@" in a quote must not turn into a live ping when posted.
  const text = point.text.replace(/\s+/g, ' ').replace(/(^|\s)@(?=[\w.-])/g, '$1').trim();
  return text.length <= MAX_QUOTE_CHARS ? text : `${text.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…`;
}

function cite(message: ConversationMessage): string {
  return message.link ? ` ([link](${message.link}))` : '';
}
