/**
 * The summary when no model is reachable: the shape a colleague would write — TL;DR (the opening
 * request and where things stand now), decisions, action items with owners and dates, open
 * questions — built from the conversation's own lines, each tied to the message it came from.
 * Position (opening, latest state), speaker turns (who agreed, who accepted) and replies (what a
 * question got back) pick the lines, not word overlap alone.
 */
import type { ConversationMessage } from '../../core/chat-contract.ts';
import { findActions, type ActionPoint } from './extractive-actions.ts';
import { clauses, contentWords, decisionStrength, expressesDoubt, isAgreement, isGoAhead, isProposal, isQuestion, OPEN_POINT, REQUEST, reportsStatus } from './cues.ts';

export interface SummaryPoint {
  /** The words quoted: the clause that carries the point, or the whole message when short. */
  text: string;
  message: ConversationMessage;
  /** Position in the conversation (0-based). */
  index: number;
}

export type { ActionPoint };

export interface StructuredSummary {
  opening: SummaryPoint | undefined;
  latest: SummaryPoint | undefined;
  decisions: SummaryPoint[];
  actions: ActionPoint[];
  questions: SummaryPoint[];
  messageCount: number;
}

/** Messages shorter than this are quoted whole rather than by clause. */
const WHOLE_MESSAGE_WORDS = 25;

/** How many lines each section may hold: "detailed" doubles what a short summary shows. */
export interface SectionLimits {
  decisions: number;
  actions: number;
  questions: number;
}

export function sectionLimits(messageCount: number, length: 'short' | 'detailed' = 'short'): SectionLimits {
  const scale = length === 'detailed' ? 2 : 1;
  return {
    decisions: scale * Math.min(5, 1 + Math.floor(messageCount / 10)),
    actions: scale * Math.min(8, 3 + Math.floor(messageCount / 8)),
    questions: scale * 3,
  };
}

export function structuredSummary(messages: readonly ConversationMessage[], length: 'short' | 'detailed' = 'short'): StructuredSummary {
  const limits = sectionLimits(messages.length, length);
  const opening = openingPoint(messages);
  const decisions = findDecisions(messages, limits.decisions);
  const latest = latestState(messages, opening?.index);
  return {
    opening,
    latest,
    decisions,
    actions: findActions(messages).slice(0, limits.actions),
    questions: findOpenQuestions(messages).slice(-limits.questions),
    messageCount: messages.length,
  };
}

export function isSubstantive(message: ConversationMessage): boolean {
  return contentWords(message.text).length >= 3;
}

/** The clause(s) worth quoting from a message: all of it when short, else the ones that match. */
export function quote(message: ConversationMessage, matches: (clause: string) => boolean): string {
  const text = message.text.replace(/\s+/g, ' ').trim();
  if (text.split(' ').length <= WHOLE_MESSAGE_WORDS) return text;
  const chosen = clauses(message.text).filter(matches);
  return (chosen.length > 0 ? chosen : clauses(message.text).slice(0, 1)).join(' ');
}

function openingPoint(messages: readonly ConversationMessage[]): SummaryPoint | undefined {
  const index = messages.findIndex(isSubstantive);
  if (index < 0) return undefined;
  const message = messages[index]!;
  // The request is stated up front; pasted logs after it are detail.
  return { text: clauses(message.text).slice(0, 2).join(' '), message, index };
}

/** Where things stand: the last status report or decision, else the last substantive statement. */
function latestState(messages: readonly ConversationMessage[], openingIndex: number | undefined): SummaryPoint | undefined {
  const onTopic = topicalMessages(messages);
  const candidates = messages
    .map((message, index) => ({ message, index }))
    .filter(({ message, index }) => index > (openingIndex ?? -1) && onTopic.has(index) && isSubstantive(message) && !clauses(message.text).every(isQuestion));
  const state = [...candidates].reverse().find(({ message }) => clauses(message.text).some((clause) => reportsStatus(clause) || decisionStrength(clause) > 0));
  const chosen = state ?? candidates.filter(({ index }) => index >= messages.length / 2).at(-1);
  if (!chosen) return undefined;
  return { text: quote(chosen.message, (clause) => reportsStatus(clause) || decisionStrength(clause) > 0), message: chosen.message, index: chosen.index };
}

/**
 * Messages that share a content word with another message: a line nobody else's words touch
 * ("lol my cat just walked over the keyboard") is an aside, not where the discussion stands.
 */
function topicalMessages(messages: readonly ConversationMessage[]): Set<number> {
  const words = messages.map((message) => new Set(contentWords(message.text)));
  const frequency = new Map<string, number>();
  for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return new Set(words.flatMap((set, index) => ([...set].some((word) => frequency.get(word)! >= 2) ? [index] : [])));
}

/** Agreements from other people right after a message: a proposal the room accepted. */
function agreementsAfter(messages: readonly ConversationMessage[], index: number): number {
  const speaker = messages[index]!.userName;
  let count = 0;
  for (const next of messages.slice(index + 1, index + 4)) {
    if (next.userName === speaker) continue;
    if (isAgreement(next.text)) count += 1;
    else break;
  }
  return count;
}

function findDecisions(messages: readonly ConversationMessage[], limit: number): SummaryPoint[] {
  const openingIndex = messages.findIndex(isSubstantive);
  const opener = messages[openingIndex]?.userName;
  const scored = messages.flatMap((message, index) => {
    const parts = clauses(message.text);
    const previous = messages[index - 1];
    if (isGoAhead(message.text) && previous && previous.userName !== message.userName && !clauses(previous.text).every(isQuestion)) {
      return [{ score: 2.5, point: { text: quote(previous, (clause) => !isQuestion(clause)), message: previous, index: index - 1 } }];
    }
    const strength = Math.max(0, ...parts.map(decisionStrength));
    if (strength === 0 && isAgreement(message.text)) return [];
    // The opening message asks; an "ok so…" there opens the discussion rather than closing it.
    // A bare "approved" / "lgtm" agrees with something; the decision is what it agrees with.
    const cue = message.text.trim().split(/\s+/).length >= 3 && (strength === 2 || (strength === 1 && index !== openingIndex));
    const agreed = agreementsAfter(messages, index);
    const proposal = !cue && ((agreed >= 1 && parts.some(isProposal)) || (agreed >= 2 && contentWords(message.text).length >= 4 && !parts.every(isQuestion)));
    if (!cue && !proposal) return [];
    const score = (cue ? strength : 1.5) + Math.min(agreed, 2) * 0.75 + (message.userName === opener ? 0.5 : 0);
    const matches = cue ? (clause: string) => decisionStrength(clause) > 0 : (clause: string) => isProposal(clause) || !isQuestion(clause);
    return [{ score, point: { text: quote(message, matches), message, index } }];
  });
  const unique = new Map<number, (typeof scored)[number]>();
  for (const item of scored) if ((unique.get(item.point.index)?.score ?? -1) < item.score) unique.set(item.point.index, item);
  return [...unique.values()]
    .sort((a, b) => b.score - a.score || b.point.index - a.point.index)
    .slice(0, limit)
    .map((item) => item.point)
    .sort((a, b) => a.index - b.index);
}

/** Questions nobody answered: no reply from someone else after them, or only "not sure"s. */
function findOpenQuestions(messages: readonly ConversationMessage[]): SummaryPoint[] {
  const open = messages.flatMap((message, index) => {
    const asked = clauses(message.text).filter((clause) => (isQuestion(clause) || OPEN_POINT.test(clause)) && contentWords(clause).length >= 1 && !REQUEST.test(clause));
    if (asked.length === 0 || answered(messages, index)) return [];
    return [{ text: asked.join(' '), message, index }];
  });
  return open;
}

function answered(messages: readonly ConversationMessage[], index: number): boolean {
  const asker = messages[index]!.userName;
  // The exchange ends where the next question starts: its answers are not this question's.
  const after = messages.slice(index + 1, index + 4);
  const nextQuestion = after.findIndex((message) => clauses(message.text).some(isQuestion));
  const replies = (nextQuestion < 0 ? after : after.slice(0, nextQuestion + 1)).filter((reply) => reply.userName !== asker);
  if (replies.length === 0) return false;
  // "not sure" first, or a thread that ends on "let's discuss it later": still open.
  if (expressesDoubt(replies[0]!.text) || (replies.length < 3 && expressesDoubt(replies.at(-1)!.text))) return false;
  return replies.some((reply) => !expressesDoubt(reply.text) && !clauses(reply.text).every(isQuestion));
}
