/**
 * Renders the core's OutgoingReply as Block Kit: answer sections, notes, numbered sources, the route
 * marker and 👍/👎 buttons, split across as many messages as Slack's limits require.
 */
import type { types } from '@slack/bolt';
import type { Citation, OutgoingReply } from '../../core/chat-contract.ts';
import { httpLinkTarget } from '../link-target.ts';
import { escapeMrkdwn, markdownToMrkdwn } from './mrkdwn.ts';
import { strongerModelButton } from './stronger-model-block.ts';
import { splitText } from './text-split.ts';

export type SlackBlock = types.KnownBlock;

/** One chat message: blocks plus the fallback text notifications and screen readers use. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Slack's documented limits. */
export const SECTION_TEXT_LIMIT = 3_000;
export const BLOCKS_PER_MESSAGE = 50;

export const FEEDBACK_ACTION_PREFIX = { up: 'feedback_up', down: 'feedback_down' } as const;

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function citationLine(citation: Citation): string {
  const title = [citation.source, citation.heading].filter((part) => part.trim().length > 0).join(' — ');
  const label = escapeMrkdwn(title).replace(/\|/g, '¦');
  // Only http(s) links the knowledge base gave us; `!channel` or `javascript:` targets stay text.
  const link = httpLinkTarget(citation.link);
  const body = link ? `<${link.replace(/[<>|]/g, encodeURIComponent)}|${label}>` : label;
  return `[${citation.index}] ${body}`;
}

function sourceBlocks(citations: Citation[]): SlackBlock[] {
  if (citations.length === 0) return [];
  const lines = ['*Sources*', ...[...citations].sort((a, b) => a.index - b.index).map(citationLine)];
  return splitText(lines.join('\n'), SECTION_TEXT_LIMIT).map(context);
}

export const FEEDBACK_BUTTONS_ACTION = 'feedback_buttons';

/**
 * Slack's native feedback buttons (a `feedback_buttons` element in a `context_actions` block), as
 * AI apps in Slack show them. Each button's value names the rating and the model call it is about.
 */
function feedbackBlock(modelCallId: number): SlackBlock {
  const button = (rating: 'up' | 'down', text: string, label: string) => ({
    text: { type: 'plain_text' as const, text, emoji: true },
    value: `${FEEDBACK_ACTION_PREFIX[rating]}:${modelCallId}`,
    accessibility_label: label,
  });
  return {
    type: 'context_actions',
    block_id: `feedback:${modelCallId}`,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: `${FEEDBACK_BUTTONS_ACTION}:${modelCallId}`,
        positive_button: button('up', '👍', 'Helpful answer'),
        negative_button: button('down', '👎', 'Unhelpful answer'),
      },
    ],
  };
}

/** What rendering needs to know besides the reply: the ts of the message that asked the question. */
export interface RenderContext {
  questionTs?: string;
}

/** Every block of the reply in reading order. */
export function replyBlocks(reply: OutgoingReply, where: RenderContext = {}): SlackBlock[] {
  const marker = reply.marker?.trim() ? [context(escapeMrkdwn(reply.marker.trim()))] : [];
  const answer = reply.text.trim() ? splitText(markdownToMrkdwn(reply.text.trim()), SECTION_TEXT_LIMIT) : [];
  return [
    ...(reply.markerPlacement === 'top' ? marker : []),
    ...answer.map(section),
    ...reply.notes.filter((note) => note.trim()).map((note) => context(`:information_source: ${escapeMrkdwn(note.trim())}`)),
    ...sourceBlocks(reply.citations),
    ...(reply.markerPlacement === 'top' ? [] : marker),
    ...(reply.modelCallId !== undefined ? [feedbackBlock(reply.modelCallId)] : []),
    // Slack's context_actions block holds only feedback and icon buttons: the offer gets its own row.
    ...(reply.modelCallId !== undefined && reply.offerStrongerModel === true
      ? [{ type: 'actions' as const, block_id: `stronger_model:${reply.modelCallId}`, elements: [strongerModelButton(reply.modelCallId, 'answer_button', where.questionTs ? { questionTs: where.questionTs } : {})] }]
      : []),
  ];
}

function blockText(block: SlackBlock): string {
  if (block.type === 'section') return block.text?.text ?? '';
  if (block.type === 'context') {
    return block.elements.map((element) => ('text' in element && typeof element.text === 'string' ? element.text : '')).join(' ');
  }
  return '';
}

/**
 * Fallback text: what a notification or preview shows — the answer, led by the escalation marker when
 * the reply leads with one (so "☁️ escalated" is visible before anyone opens the message), within one
 * section's length.
 */
function fallbackText(blocks: SlackBlock[], leadingMarker: string | undefined): string {
  const sections = blocks.filter((block) => block.type === 'section');
  const body = (sections.length > 0 ? sections : blocks).map(blockText).filter(Boolean);
  const text = (leadingMarker && sections.length > 0 ? [leadingMarker, ...body] : body).join('\n\n');
  if (text.length === 0) return 'tandem replied';
  return text.length > SECTION_TEXT_LIMIT ? `${text.slice(0, SECTION_TEXT_LIMIT - 1)}…` : text;
}

/** The reply as one or more messages, each within 50 blocks. */
export function renderReply(reply: OutgoingReply, where: RenderContext = {}): SlackMessage[] {
  const blocks = replyBlocks(reply, where);
  const messages: SlackMessage[] = [];
  const leadingMarker = reply.markerPlacement === 'top' && reply.marker?.trim() ? escapeMrkdwn(reply.marker.trim()) : undefined;
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_MESSAGE) {
    const slice = blocks.slice(start, start + BLOCKS_PER_MESSAGE);
    // Only the first message starts with the marker; continuations are notified as the answer goes on.
    messages.push({ text: fallbackText(slice, start === 0 ? leadingMarker : undefined), blocks: slice });
  }
  return messages.length > 0 ? messages : [{ text: '…', blocks: [section('…')] }];
}

/** A short plain notice (progress, failures, hints) as a message. */
export function noticeMessage(text: string, style: 'progress' | 'plain' = 'plain'): SlackMessage {
  const body = style === 'progress' ? `:hourglass_flowing_sand: _${escapeMrkdwn(text)}_` : escapeMrkdwn(text);
  return { text, blocks: [style === 'progress' ? context(body) : section(body)] };
}
