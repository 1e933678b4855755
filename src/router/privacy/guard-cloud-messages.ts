import { askLocalModelForPersonalData, type LastFilter } from './local-model-filter.ts';
import { Pseudonymizer } from './pseudonymizer.ts';
import type { EntityType } from './types.ts';
import { unreadScriptIn } from './unread-scripts.ts';

export interface GuardedMessages<Message extends { content: string }> {
  messages: Message[];
  redactions: Array<{ type: EntityType; count: number }>;
  guard: Pseudonymizer;
  /** Said to the person: e.g. the local last filter was skipped. Never holds a value. */
  notes: string[];
  /**
   * Why these messages must not be sent at all: text in a script whose names the patterns cannot tell
   * (unread-scripts.ts) that the local model did not check either. Fail closed: the caller stays local.
   */
  withheld?: string;
}

/**
 * Pseudonymizes messages bound for the cloud: patterns first, then — when a local model is configured —
 * one local structured-output pass over the already-pseudonymized text. Values the model finds are
 * added to the same pseudonymizer and the original messages are pseudonymized again, so the model's
 * findings share placeholders (and restore) with everything else. The model only ever sees text that
 * stays on this machine.
 */
export async function pseudonymizeWithLastFilter<Message extends { content: string }>(
  messages: readonly Message[],
  memberNames: readonly string[],
  filter: LastFilter | undefined,
): Promise<GuardedMessages<Message>> {
  const first = pseudonymize(messages, new Pseudonymizer({ memberNames }));
  const outgoing = first.messages.map((message) => message.content).join('\n\n');
  const unread = unreadScriptIn(outgoing);
  // The patterns alone stand: said in a note, or — for text they cannot read — nothing is sent.
  const unchecked = (why: string, note?: string): GuardedMessages<Message> =>
    unread === undefined ? { ...first, notes: note === undefined ? [] : [note] } : { ...first, notes: [], withheld: withheldReason(unread, why) };
  if (filter === undefined) return unchecked('no local model is configured to check it');
  const outcome = await askLocalModelForPersonalData(outgoing, filter);
  if (outcome.status === 'skipped') return unchecked(`the local privacy check was skipped: ${outcome.reason}`, `Local privacy check skipped (${outcome.reason}); pattern redaction only.`);
  if (outcome.status === 'no-opinion') return unchecked('the local privacy check gave no usable answer', 'Local privacy check gave no usable answer; pattern redaction only.');
  if (outcome.findings.length === 0) return { ...first, notes: [] };
  const guard = new Pseudonymizer({ memberNames });
  guard.addValues(outcome.findings);
  return { ...pseudonymize(messages, guard), notes: [] };
}

function withheldReason(script: string, why: string): string {
  return `Not sent to the cloud: the privacy guard cannot tell names in ${script}-script text, and ${why}.`;
}

function pseudonymize<Message extends { content: string }>(messages: readonly Message[], guard: Pseudonymizer): Omit<GuardedMessages<Message>, 'notes'> {
  const safe = messages.map((message) => ({ ...message, content: guard.apply(message.content) }));
  return { messages: safe, redactions: guard.findings(), guard };
}
