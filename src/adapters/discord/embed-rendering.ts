/**
 * Embeds for a reply: notes the person must see, numbered sources with links, and the quiet route
 * marker as the footer. Each embed stays inside Discord's limits (4,096-character description,
 * 25 fields, 6,000 characters in all) by spilling into further embeds.
 */
import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Citation, OutgoingReply } from '../../core/chat-contract.ts';

export const EMBED_LIMITS = {
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  perMessage: 10,
} as const;

const SOURCES_COLOR = 0x5865f2;
const NOTES_COLOR = 0xf0b232;
// Room kept in every embed for a footer, so the marker never pushes one past 6,000.
const FOOTER_RESERVE = 300;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    fields +
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

export function renderEmbeds(reply: OutgoingReply): APIEmbed[] {
  const embeds = [...notesEmbeds(reply.notes), ...sourcesEmbeds(reply.citations)];
  const marker = reply.marker?.trim();
  if (marker && reply.markerPlacement !== 'top') {
    const footer = { text: truncate(marker, FOOTER_RESERVE) };
    const last = embeds.at(-1);
    if (last) last.footer = footer;
    else embeds.push({ footer });
  }
  if (reply.attachment && /\.(png|jpe?g|gif|webp)$/i.test(reply.attachment.filename)) {
    embeds.push({
      title: truncate(reply.attachment.title, 256),
      image: { url: `attachment://${reply.attachment.filename}` },
    });
  }
  return embeds;
}

function notesEmbeds(notes: string[]): APIEmbed[] {
  const lines = notes.map((note) => truncate(`⚠️ ${note.trim()}`, EMBED_LIMITS.description));
  const embeds: APIEmbed[] = [];
  let description = '';
  for (const line of lines) {
    if (description && description.length + 1 + line.length > EMBED_LIMITS.description - FOOTER_RESERVE) {
      embeds.push({ color: NOTES_COLOR, description });
      description = '';
    }
    description = description ? `${description}\n${line}` : line;
  }
  if (description) embeds.push({ color: NOTES_COLOR, description });
  return embeds;
}

function sourcesEmbeds(citations: Citation[]): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let current: APIEmbed | undefined;
  for (const field of citations.map(citationField)) {
    const full =
      current &&
      ((current.fields?.length ?? 0) >= EMBED_LIMITS.fields ||
        embedLength(current) + field.name.length + field.value.length > EMBED_LIMITS.total - FOOTER_RESERVE);
    if (!current || full) {
      current = { color: SOURCES_COLOR, title: embeds.length === 0 ? 'Sources' : 'Sources (continued)', fields: [] };
      embeds.push(current);
    }
    current.fields?.push(field);
  }
  return embeds;
}

function citationField(citation: Citation): APIEmbedField {
  const heading = citation.heading.trim() || citation.source;
  const source = escapeMarkdown(citation.source);
  // Masked links only work with http(s); anything else (a file path) is shown as text.
  const value =
    citation.link && /^https?:\/\//i.test(citation.link)
      ? `[${source.replace(/[[\]]/g, '')}](${citation.link})`
      : source;
  return {
    name: truncate(`[${citation.index}] ${heading}`, EMBED_LIMITS.fieldName),
    value: truncate(value || '—', EMBED_LIMITS.fieldValue),
  };
}
