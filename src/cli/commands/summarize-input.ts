/**
 * Threads for `tandem summarize`: one thread as a JSON array of {user, text, ts} (or an object with
 * `messages`), or many as JSON Lines — one thread per line — for batch runs and evaluations.
 */
import { z } from 'zod';
import type { ConversationMessage } from '../../core/chat-contract.ts';
import { UsageError } from '../../errors.ts';

const messageSchema = z.object({
  user: z.string().min(1),
  text: z.string(),
  ts: z.union([z.string(), z.number()]),
  /** A permalink the platform gave for the message; cited as is, never made up. */
  link: z.string().url().optional(),
});
const arraySchema = z.array(messageSchema);
const objectSchema = z.object({ id: z.union([z.string(), z.number()]).optional(), messages: z.array(messageSchema) });

export interface ThreadInput {
  /** The `id` a `{messages}` line carried, echoed in its summary so batch output can be joined back. */
  id?: string;
  messages: ConversationMessage[];
}

const SHAPE = 'expected an array of {user, text, ts} or {messages: [...]}, one thread per line for several';

/** One thread when the whole input is one JSON value; otherwise one thread per non-empty line. */
export function parseThreads(text: string, origin: string): ThreadInput[] {
  const where = origin === '-' ? 'stdin' : origin;
  const whole = tryJson(text);
  if (whole.ok) return [toThread(whole.value, where)];
  const lines = text.split('\n').map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line.length > 0);
  if (lines.length === 0) throw new UsageError(`${where} is empty: ${SHAPE}`);
  return lines.map(({ line, number }) => {
    const parsed = tryJson(line);
    if (!parsed.ok) throw new UsageError(`${where} line ${number} is not JSON: ${SHAPE}`);
    return toThread(parsed.value, `${where} line ${number}`);
  });
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function toThread(json: unknown, where: string): ThreadInput {
  // Checked against the one shape it resembles, so the error names the field that is wrong.
  const parsed = Array.isArray(json) ? arraySchema.safeParse(json) : objectSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length > 0 ? ` at [${issue.path.join('.')}]` : '';
    throw new UsageError(`${where}${path}: ${issue.message}; ${SHAPE}`);
  }
  const value = parsed.data;
  const raw = Array.isArray(value) ? value : value.messages;
  const id = Array.isArray(value) || value.id === undefined ? {} : { id: String(value.id) };
  const messages = raw.map((message) => ({ userId: message.user, userName: message.user, text: message.text, ts: String(message.ts), ...(message.link ? { link: message.link } : {}) }));
  return { ...id, messages };
}
