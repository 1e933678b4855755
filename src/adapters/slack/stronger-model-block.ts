/**
 * The "☁️ Ask a stronger model" button as Block Kit, kept apart from the route that handles it so
 * the renderer can use it without importing the reply channel.
 */
import type { types } from '@slack/bolt';
import type { StrongerModelPress } from '../../core/chat-contract.ts';

export const STRONGER_MODEL_ACTION = 'stronger_model';
export const STRONGER_MODEL_LABEL = '☁️ Ask a stronger model';
/** The button element; `threadTs` is needed where the message it sits in is ephemeral (no thread on the action). */
export function strongerModelButton(modelCallId: number, source: StrongerModelPress['source'], threadTs?: string) {
  return {
    type: 'button' as const,
    action_id: `${STRONGER_MODEL_ACTION}:${source}`,
    text: { type: 'plain_text' as const, text: STRONGER_MODEL_LABEL, emoji: true },
    value: JSON.stringify({ call: modelCallId, ...(threadTs ? { thread: threadTs } : {}) }),
  };
}

/** The private offer after a 👎 on a local answer. */
export function strongerModelOffer(modelCallId: number, threadTs: string | undefined): { text: string; blocks: types.KnownBlock[] } {
  const text = 'Thanks for the feedback! Want a stronger model to try this one?';
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'actions', block_id: `stronger_model_offer:${modelCallId}`, elements: [strongerModelButton(modelCallId, 'after_thumbs_down', threadTs)] },
    ],
  };
}

