/**
 * Action items from chat: "I'll …" (the speaker owns it), "@dana can you …" / "dana can you …"
 * (Dana owns it, more so when she says "on it"), and a bare "on it" that takes on the request just
 * before it. The date comes from the commitment, the request, or the acceptance.
 */
import type { ConversationMessage } from '../../core/chat-contract.ts';
import { clauses, dueDate, isBareAcceptance, isCommitment, REQUEST } from './cues.ts';

export interface ActionPoint {
  text: string;
  message: ConversationMessage;
  index: number;
  owner: string;
  due: string | undefined;
}

export function findActions(messages: readonly ConversationMessage[]): ActionPoint[] {
  const names = participantNames(messages);
  const actions: ActionPoint[] = [];
  const add = (action: ActionPoint) => {
    const same = actions.find((existing) => existing.owner === action.owner && (existing.index === action.index || existing.text === action.text));
    if (same) same.due ??= action.due;
    else actions.push(action);
  };
  messages.forEach((message, index) => {
    for (const clause of clauses(message.text)) {
      const addressee = REQUEST.test(clause) ? addressed(clause, message.userName, names) : undefined;
      if (addressee) {
        add({ text: clause, message, index, owner: addressee, due: dueDate(clause) ?? acceptanceDue(messages, index, addressee) });
      } else if (isCommitment(clause)) {
        const request = isBareAcceptance(clause) ? requestAnswered(messages, index) : undefined;
        if (request) add({ ...request, owner: message.userName, due: request.due ?? dueDate(message.text) });
        else if (!isBareAcceptance(clause)) add({ text: clause, message, index, owner: message.userName, due: dueDate(clause) ?? dueDate(message.text) });
      }
    }
  });
  return actions;
}

/** Handles and their first part ("maya.k" → "maya"), lower-cased, mapped to the display name. */
function participantNames(messages: readonly ConversationMessage[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { userName } of messages) {
    const lower = userName.toLowerCase();
    names.set(lower, userName);
    const first = lower.split(/[.\s_-]/)[0]!;
    if (first.length >= 3 && !names.has(first)) names.set(first, userName);
  }
  return names;
}

/** "@dana can you…", "dana can you…", "greg, can you…": who the request is for. */
function addressed(clause: string, speaker: string, names: Map<string, string>): string | undefined {
  const mention = /@([\w.-]+)/.exec(clause)?.[1]?.toLowerCase();
  const leading = /^([\w.-]+)[,:]?\s/.exec(clause.trim())?.[1]?.toLowerCase();
  for (const candidate of [mention, leading]) {
    const name = candidate === undefined ? undefined : names.get(candidate.replace(/[.,:]+$/, ''));
    if (name !== undefined && name !== speaker) return name;
  }
  return undefined;
}

/** The request a bare "on it" / "sure" answers: the nearest earlier request by someone else. */
function requestAnswered(messages: readonly ConversationMessage[], index: number): Omit<ActionPoint, 'owner'> | undefined {
  const speaker = messages[index]!.userName;
  for (let back = index - 1; back >= Math.max(0, index - 3); back -= 1) {
    const earlier = messages[back]!;
    if (earlier.userName === speaker) continue;
    const clause = clauses(earlier.text).find((candidate) => REQUEST.test(candidate));
    if (clause) return { text: clause, message: earlier, index: back, due: dueDate(clause) };
  }
  return undefined;
}

/** A date the addressee names when accepting ("yeah ill have it by fri"). */
function acceptanceDue(messages: readonly ConversationMessage[], index: number, owner: string): string | undefined {
  const reply = messages.slice(index + 1, index + 4).find((message) => message.userName === owner);
  return reply === undefined ? undefined : dueDate(reply.text);
}
