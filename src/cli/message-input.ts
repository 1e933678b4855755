/**
 * Where `ask`, `route` and `redact` read their messages: the arguments, `-` (one message per line
 * of stdin), or `--jsonl` (one `{"text", "channel"}` object per line of stdin), which is how a
 * multi-line message — a pasted log, a contract — arrives whole, without the shell's length limit.
 */
import { z } from 'zod';
import { UsageError } from '../errors.ts';
import { readAll, type CliIo } from './io.ts';

export interface InputMessage {
  text: string;
  /** Channel to decide/answer as if in; the command's --channel when absent. */
  channel?: string;
}

const jsonlMessageSchema = z.object({ text: z.string(), channel: z.string().min(1).optional() });

export async function readInputMessages(words: readonly string[], jsonl: boolean | undefined, io: CliIo): Promise<InputMessage[]> {
  if (jsonl) {
    if (words.length > 0 && !(words.length === 1 && words[0] === '-')) throw new UsageError('--jsonl reads messages from stdin: give no message arguments (or just -)');
    return parseJsonl(await readAll(io.stdin));
  }
  if (words.length === 1 && words[0] === '-') {
    return (await readAll(io.stdin)).split('\n').filter((line) => line.trim() !== '').map((text) => ({ text }));
  }
  return [{ text: words.join(' ') }];
}

export function parseJsonl(input: string): InputMessage[] {
  const messages: InputMessage[] = [];
  input.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new UsageError(`stdin line ${index + 1} is not JSON: expected one {"text": "…", "channel": "…"} object per line`);
    }
    const result = jsonlMessageSchema.safeParse(parsed);
    if (!result.success) throw new UsageError(`stdin line ${index + 1}: expected {"text": string, "channel"?: string}; ${result.error.issues[0]?.path.join('.') || 'value'} ${result.error.issues[0]?.message ?? 'is invalid'}`);
    messages.push({ text: result.data.text, ...(result.data.channel ? { channel: result.data.channel } : {}) });
  });
  return messages;
}
