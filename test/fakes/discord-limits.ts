/**
 * Discord's message limits, enforced by the fake the way Discord does (400, code 50035), so a test
 * fails when the adapter sends something the real API would reject.
 */
import type { ApiObject } from './discord-state.ts';

interface EmbedJson {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
} as const;

/** Problems with a message body, empty when Discord would accept it. */
export function messageBodyProblems(body: ApiObject, options: { requireSomething: boolean }): string[] {
  const problems: string[] = [];
  const content = typeof body.content === 'string' ? body.content : '';
  const embeds = Array.isArray(body.embeds) ? (body.embeds as EmbedJson[]) : [];
  const components = Array.isArray(body.components) ? body.components : [];
  const attachments = Array.isArray(body.attachments) ? body.attachments : [];
  if (content.length > LIMITS.content) problems.push(`content: ${content.length} > ${LIMITS.content}`);
  if (embeds.length > LIMITS.embedsPerMessage) problems.push(`embeds: ${embeds.length} > 10`);
  let total = 0;
  embeds.forEach((embed, index) => {
    problems.push(...embedProblems(embed, index));
    total += embedLength(embed);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds: total ${total} > ${LIMITS.embedTotal}`);
  problems.push(...componentProblems(components));
  const empty = !content && embeds.length === 0 && components.length === 0 && attachments.length === 0;
  if (options.requireSomething && empty) problems.push('empty message');
  return problems;
}

function embedProblems(embed: EmbedJson, index: number): string[] {
  const problems: string[] = [];
  const check = (what: string, value: string | undefined, limit: number) => {
    if (value !== undefined && value.length > limit) problems.push(`embeds[${index}].${what}: ${value.length} > ${limit}`);
  };
  check('title', embed.title, LIMITS.title);
  check('description', embed.description, LIMITS.description);
  check('footer', embed.footer?.text, LIMITS.footer);
  const fields = embed.fields ?? [];
  if (fields.length > LIMITS.fields) problems.push(`embeds[${index}].fields: ${fields.length} > ${LIMITS.fields}`);
  for (const field of fields) {
    check('field.name', field.name, LIMITS.fieldName);
    check('field.value', field.value, LIMITS.fieldValue);
    if (!field.name || !field.value) problems.push(`embeds[${index}].fields: empty name or value`);
  }
  return problems;
}

function embedLength(embed: EmbedJson): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const parts = [embed.title, embed.description, embed.footer?.text, embed.author?.name];
  return fields + parts.reduce((sum, part) => sum + (part?.length ?? 0), 0);
}

function componentProblems(rows: unknown[]): string[] {
  const problems: string[] = [];
  if (rows.length > 5) problems.push(`components: ${rows.length} rows > 5`);
  for (const row of rows as { components?: { custom_id?: string }[] }[]) {
    const buttons = row.components ?? [];
    if (buttons.length > 5) problems.push(`components: ${buttons.length} buttons in a row > 5`);
    for (const button of buttons) {
      if ((button.custom_id ?? '').length > LIMITS.customId) problems.push('components: custom_id > 100');
    }
  }
  return problems;
}
