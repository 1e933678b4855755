/**
 * The "☁️ Ask a stronger model" button as Block Kit, kept apart from the route that handles it so
 * the renderer can use it without importing the reply channel.
 */
import type { types } from '@slack/bolt';
import type { StrongerModelPress } from '../../core/chat-contract.ts';

export const STRONGER_MODEL_ACTION = 'stronger_model';
export const STRONGER_MODEL_LABEL = '☁️ Ask a stronger model';
/**
 * Where the answer's question lives, carried in the button's value (ids only, never the question):
 * `thread` where the message the button sits in is ephemeral (no thread on the action), `question`
 * the ts of the message that asked it (a mention, a thread reply, the "asked" message of `/ask`), so
 * a press after a restart can read the question back from Slack.
 */
export interface QuestionPlace {
  threadTs?: string;
  questionTs?: string;
}

/** The button element; its value stays a few dozen characters (Slack allows 2,000). */
export function strongerModelButton(modelCallId: number, source: StrongerModelPress['source'], place: QuestionPlace = {}) {
  return {
    type: 'button' as const,
    action_id: `${STRONGER_MODEL_ACTION}:${source}`,
    text: { type: 'plain_text' as const, text: STRONGER_MODEL_LABEL, emoji: true },
    value: JSON.stringify({ call: modelCallId, ...(place.threadTs ? { thread: place.threadTs } : {}), ...(place.questionTs ? { question: place.questionTs } : {}) }),
  };
}

/** The stronger-model button among a message's blocks, as its value says (the 👎 offer repeats its question's ts). */
export function strongerModelButtonIn(blocks: unknown): StrongerModelValue | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks as Array<{ elements?: Array<{ action_id?: unknown; value?: unknown }> }>) {
    for (const element of block.elements ?? []) {
      if (typeof element.action_id !== 'string' || !element.action_id.startsWith(`${STRONGER_MODEL_ACTION}:`)) continue;
      const parsed = parseStrongerModelValue(typeof element.value === 'string' ? element.value : undefined);
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}

export interface StrongerModelValue {
  call: number;
  thread?: string;
  question?: string;
}

export function parseStrongerModelValue(value: string | undefined): StrongerModelValue | undefined {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { call, thread, question } = parsed as { call?: unknown; thread?: unknown; question?: unknown };
    if (typeof call !== 'number' || !Number.isInteger(call)) return undefined;
    return { call, ...(typeof thread === 'string' ? { thread } : {}), ...(typeof question === 'string' && SLACK_TS.test(question) ? { question } : {}) };
  } catch {
    return undefined;
  }
}

const SLACK_TS = /^\d+\.\d+$/;

/** The private offer after a 👎 on a local answer. */
export function strongerModelOffer(modelCallId: number, place: QuestionPlace): { text: string; blocks: types.KnownBlock[] } {
  const text = 'Thanks for the feedback! Want a stronger model to try this one?';
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'actions', block_id: `stronger_model_offer:${modelCallId}`, elements: [strongerModelButton(modelCallId, 'after_thumbs_down', place)] },
    ],
  };
}

