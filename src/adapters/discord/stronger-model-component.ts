/**
 * The "☁️ Ask a stronger model" button as a Discord component, apart from its handler so rendering
 * can use it. Its custom id (at most 100 characters) carries ids only, never the question:
 * `stronger_model:<source>:<model call>[:<channel id>:<message id> | :slash]` — the message that
 * asked the question, so a press after a restart can read it back, or `slash` for a `/ask` answer,
 * whose question Discord keeps nowhere tandem can read.
 */
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import type { StrongerModelPress } from '../../core/chat-contract.ts';

export type QuestionPlace = { channelId: string; messageId: string } | 'slash';

const CUSTOM_ID = /^stronger_model:(answer_button|after_thumbs_down):(\d+)(?::(?:(\d+):(\d+)|(slash)))?$/;

export interface StrongerModelId {
  source: StrongerModelPress['source'];
  modelCallId: number;
  question?: QuestionPlace;
}

export function strongerModelButton(modelCallId: number, source: StrongerModelPress['source'], question?: QuestionPlace): APIButtonComponent {
  const place = question === undefined ? '' : question === 'slash' ? ':slash' : `:${question.channelId}:${question.messageId}`;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    custom_id: `stronger_model:${source}:${modelCallId}${place}`,
    emoji: { name: '☁️' },
    label: 'Ask a stronger model',
  };
}

export function parseStrongerModelId(customId: string): StrongerModelId | undefined {
  const match = CUSTOM_ID.exec(customId);
  if (!match) return undefined;
  const source = match[1] === 'after_thumbs_down' ? 'after_thumbs_down' : 'answer_button';
  const question: QuestionPlace | undefined = match[5] ? 'slash' : match[3] && match[4] ? { channelId: match[3], messageId: match[4] } : undefined;
  return { source, modelCallId: Number(match[2]), ...(question ? { question } : {}) };
}

/** The stronger-model button among a message's components, as its id says (the 👎 offer repeats its question's place). */
export function strongerModelButtonIn(components: ReadonlyArray<{ toJSON(): unknown }>): StrongerModelId | undefined {
  for (const row of components) {
    const json = row.toJSON() as { components?: Array<{ custom_id?: unknown }> };
    for (const component of json.components ?? []) {
      const parsed = typeof component.custom_id === 'string' ? parseStrongerModelId(component.custom_id) : undefined;
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}
