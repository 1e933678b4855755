/** Prompts for model summaries: the shape people asked for (TL;DR first, decisions, owners). */
import type { ChatMessage } from '../../router/providers/contract.ts';
import type { ConversationMessage } from '../../core/chat-contract.ts';

export type SummaryLength = 'short' | 'detailed';

const SHAPE = [
  'Write in Markdown with these sections, omitting any that would be empty:',
  '**TL;DR** (one or two sentences), **Decisions**, **Action items** (owner — task — due date if one was said),',
  '**Open questions**. Use people\'s names exactly as they appear; never @-mention anyone; never invent facts, owners or dates.',
].join(' ');

export function transcript(messages: readonly ConversationMessage[]): string {
  return messages.map((message) => `${message.userName}: ${message.text.replace(/\s+/g, ' ').trim()}`).join('\n');
}

export function summaryMessages(messages: readonly ConversationMessage[], length: SummaryLength): ChatMessage[] {
  const detail = length === 'short' ? 'Keep it under 120 words.' : 'Be thorough but skimmable; up to 350 words.';
  return [
    { role: 'system', content: `You summarize team conversations. ${SHAPE} ${detail}` },
    { role: 'user', content: `Conversation:\n${transcript(messages)}` },
  ];
}

/** Map step: notes for one part of a long conversation, to be merged later. */
export function partialNotesMessages(messages: readonly ConversationMessage[], part: number, parts: number): ChatMessage[] {
  return [
    {
      role: 'system',
      content: `You take notes on part ${part} of ${parts} of a long team conversation. List key points, decisions, action items with owners and dates, and open questions, as terse bullets with names. No preamble.`,
    },
    { role: 'user', content: transcript(messages) },
  ];
}

/** Notes on a stretch of the conversation, labelled with the messages they cover. */
export interface RangeNotes {
  firstMessage: number;
  lastMessage: number;
  text: string;
}

export function notesHeading(notes: RangeNotes): string {
  return `Notes on messages ${notes.firstMessage}–${notes.lastMessage}:`;
}

function notesBody(notes: readonly RangeNotes[]): string {
  return notes.map((note) => `${notesHeading(note)}\n${note.text}`).join('\n\n');
}

/** Intermediate merge: several parts' notes into one set of notes, still terse, nothing dropped. */
export function combineNotesMessages(notes: readonly RangeNotes[]): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        'You combine notes taken on consecutive stretches of one long team conversation into one set of notes. Keep every decision, action item (owner, task, date) and open question; drop repeats; later decisions override earlier ones. Terse bullets with names. No preamble.',
    },
    { role: 'user', content: notesBody(notes) },
  ];
}

/** Final merge: the notes into one summary of the requested shape. */
export function mergeNotesMessages(notes: readonly RangeNotes[], length: SummaryLength): ChatMessage[] {
  const detail = length === 'short' ? 'Keep it under 120 words.' : 'Up to 350 words.';
  return [
    { role: 'system', content: `You merge notes taken on consecutive parts of one conversation into a single summary. Remove repeats; later decisions override earlier ones. ${SHAPE} ${detail}` },
    { role: 'user', content: notesBody(notes) },
  ];
}
