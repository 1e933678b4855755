/**
 * Renders the core's `OutgoingReply` as one or more Discord messages: the answer as Markdown content
 * (Discord renders it natively) split under 2,000 characters, embeds for notes, sources and the
 * route marker, the 👍/👎 buttons and any attachment on the last message.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import type { OutgoingReply } from '../../core/chat-contract.ts';
import { EMBED_LIMITS, embedLength, renderEmbeds } from './embed-rendering.ts';
import { feedbackCustomId } from './feedback.ts';
import { strongerModelButton, type QuestionPlace } from './stronger-model-component.ts';
import { splitMarkdown } from './text-splitting.ts';

export const MAX_MESSAGE_LENGTH = 2000;

export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  files: { attachment: Buffer; name: string; description?: string }[];
  /** Model output may contain `@everyone` or `<@id>`: show names, never ping. */
  allowedMentions: { parse: []; repliedUser: boolean };
}

/** What rendering needs besides the reply: where the question lives, for the stronger-model button. */
export interface RenderContext {
  question?: QuestionPlace;
}

export function renderReply(reply: OutgoingReply, where: RenderContext = {}): DiscordMessagePayload[] {
  const marker = reply.marker?.trim();
  const text = marker && reply.markerPlacement === 'top' ? `${marker}\n\n${reply.text}` : reply.text;
  const payloads = splitMarkdown(text, MAX_MESSAGE_LENGTH).map((content) => emptyPayload(content));
  const embedGroups = groupEmbeds(renderEmbeds(reply));
  // The first embeds ride on the last text message; any overflow goes into messages of their own.
  embedGroups.forEach((group, index) => {
    const last = payloads.at(-1);
    if (index === 0 && last) last.embeds = group;
    else payloads.push({ ...emptyPayload(undefined), embeds: group });
  });
  if (payloads.length === 0) payloads.push(emptyPayload('…'));
  const last = payloads[payloads.length - 1] as DiscordMessagePayload;
  if (reply.modelCallId !== undefined) last.components = [feedbackRow(reply.modelCallId, reply.offerStrongerModel === true, where.question)];
  if (reply.attachment) {
    last.files = [
      { attachment: reply.attachment.data, name: reply.attachment.filename, description: reply.attachment.title },
    ];
  }
  return payloads;
}

/** The same payload with no components, for placeholders and edits that must drop buttons. */
export function textPayload(content: string): DiscordMessagePayload {
  return emptyPayload(content);
}

function emptyPayload(content: string | undefined): DiscordMessagePayload {
  return {
    ...(content === undefined ? {} : { content }),
    embeds: [],
    components: [],
    files: [],
    allowedMentions: { parse: [], repliedUser: true },
  };
}

/** Packs embeds into messages of at most 10 embeds and 6,000 characters. */
function groupEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let total = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.length > 0 && (current.length >= EMBED_LIMITS.perMessage || total + length > EMBED_LIMITS.total)) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(embed);
    total += length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function feedbackRow(modelCallId: number, offerStrongerModel: boolean, question: QuestionPlace | undefined): APIActionRowComponent<APIButtonComponent> {
  const button = (rating: 'up' | 'down', emoji: string, label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: feedbackCustomId(rating, modelCallId),
    emoji: { name: emoji },
    label,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button('up', '👍', 'Helpful'), button('down', '👎', 'Not helpful'), ...(offerStrongerModel ? [strongerModelButton(modelCallId, 'answer_button', question)] : [])],
  };
}
