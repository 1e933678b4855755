/**
 * Summaries at any length within one context window: map every message exactly once into notes on
 * parts packed to the window, then merge the notes in rounds — each request fitting the window —
 * until one final merge sees everything that is left. Prompt sizes are counted before each call,
 * never hoped for: Ollama truncates an over-long prompt silently.
 */
import type { ConversationMessage } from '../../core/chat-contract.ts';
import { countMessageTokens, countTokens } from '../../router/count-tokens.ts';
import type { ChatMessage } from '../../router/providers/contract.ts';
import type { WindowBudget } from './budget.ts';
import { clipToTokens, partitionByTokens } from './partition.ts';
import { combineNotesMessages, mergeNotesMessages, notesHeading, partialNotesMessages, summaryMessages, type RangeNotes, type SummaryLength } from './prompts.ts';

export type SummaryStep = 'summarize' | 'summarize-map' | 'summarize-merge' | 'summarize-reduce';

/** One model call; the caller applies the window and output limit from the same budget. */
export type StepCall = (messages: ChatMessage[], step: SummaryStep) => Promise<string>;

export interface CondensedSummary {
  text: string;
  parts: number;
  mergeRounds: number;
}

export async function condenseConversation(messages: readonly ConversationMessage[], length: SummaryLength, budget: WindowBudget, call: StepCall): Promise<CondensedSummary> {
  const whole = summaryMessages(messages, length);
  if (countMessageTokens(whole) <= budget.promptTokens) return { text: await call(whole, 'summarize'), parts: 1, mergeRounds: 0 };

  // The largest part number the instructions can mention, so the framing is never under-counted.
  const framing = countMessageTokens(partialNotesMessages([], messages.length, messages.length));
  const parts = partitionByTokens(messages, budget.promptTokens - framing);
  let notes: RangeNotes[] = [];
  let first = 1;
  for (const [index, part] of parts.entries()) {
    const text = await call(partialNotesMessages(part, index + 1, parts.length), 'summarize-map');
    notes.push({ firstMessage: first, lastMessage: first + part.length - 1, text: text.trim() });
    first += part.length;
  }
  let mergeRounds = 0;
  while (countMessageTokens(mergeNotesMessages(notes, length)) > budget.promptTokens) {
    if (notes.length === 1) {
      notes = [clipNotes(notes[0]!, budget.promptTokens - countMessageTokens(mergeNotesMessages([], length)))];
      continue;
    }
    const merged = await mergeRound(notes, budget, call);
    // Groups hold two notes or more on any window the config allows (≥ 512); never loop forever.
    if (merged.length >= notes.length) throw new Error(`a ${budget.contextWindow}-token context window is too small to merge the notes of a long conversation`);
    notes = merged;
    mergeRounds += 1;
  }
  return { text: await call(mergeNotesMessages(notes, length), 'summarize-reduce'), parts: parts.length, mergeRounds };
}

/** One round: consecutive notes grouped to fit the window, each group combined into one note. */
async function mergeRound(notes: readonly RangeNotes[], budget: WindowBudget, call: StepCall): Promise<RangeNotes[]> {
  const room = budget.promptTokens - countMessageTokens(combineNotesMessages([]));
  const merged: RangeNotes[] = [];
  for (const group of groupToFit(notes, room)) {
    const text = await call(combineNotesMessages(group), 'summarize-merge');
    merged.push({ firstMessage: group[0]!.firstMessage, lastMessage: group.at(-1)!.lastMessage, text: text.trim() });
  }
  return merged;
}

/**
 * Packs consecutive notes into groups within `room` tokens. Each note is first clipped to half the
 * room, so every group holds at least two notes and each round at least halves their number.
 */
export function groupToFit(notes: readonly RangeNotes[], room: number): RangeNotes[][] {
  const groups: RangeNotes[][] = [];
  let current: RangeNotes[] = [];
  let used = 0;
  for (const note of notes) {
    const clipped = clipNotes(note, Math.floor(room / 2));
    const cost = noteTokens(clipped);
    if (used + cost > room && current.length > 0) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(clipped);
    used += cost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Heading, body and the blank line joining notes. */
function noteTokens(note: RangeNotes): number {
  return countTokens(`${notesHeading(note)}\n${note.text}`) + 2;
}

function clipNotes(note: RangeNotes, maxTokens: number): RangeNotes {
  if (noteTokens(note) <= maxTokens) return note;
  return { ...note, text: clipToTokens(note.text, maxTokens - countTokens(notesHeading(note)) - 2) };
}
