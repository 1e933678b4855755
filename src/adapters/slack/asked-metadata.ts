/**
 * The `/ask` "asked" message is tandem's own post, but it stands for what a person asked. It carries
 * the asker and the question as Slack message metadata, so a follow-up in its thread reads it back
 * as that person's turn (with the question as typed) rather than as an answer of the bot's.
 */
export const ASKED_EVENT_TYPE = 'tandem_asked';

export interface AskedMetadata {
  event_type: typeof ASKED_EVENT_TYPE;
  event_payload: { asker: string; question: string };
}

export function askedMetadata(asker: string, question: string): AskedMetadata {
  return { event_type: ASKED_EVENT_TYPE, event_payload: { asker, question } };
}

/** The asker and question a message's metadata records, if it is an "asked" message. */
export function readAskedMetadata(metadata: unknown): { asker: string; question: string } | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const { event_type: eventType, event_payload: payload } = metadata as { event_type?: unknown; event_payload?: unknown };
  if (eventType !== ASKED_EVENT_TYPE || typeof payload !== 'object' || payload === null) return undefined;
  const { asker, question } = payload as { asker?: unknown; question?: unknown };
  return typeof asker === 'string' && typeof question === 'string' ? { asker, question } : undefined;
}
