/**
 * A slash command's public answer says who asked what: Slack shows nobody the command itself, so an
 * answer posted in the channel would otherwise arrive out of nowhere.
 */
import type { SlackMessage } from './block-kit.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

const QUESTION_LIMIT = 280;

export function askedByLine(userId: string, command: string, text: string): string {
  const typed = text.trim().replace(/\s+/g, ' ');
  const shown = typed.length > QUESTION_LIMIT ? `${typed.slice(0, QUESTION_LIMIT - 1)}…` : typed;
  if (command === '/ask') return `<@${userId}> asked: ${escapeMrkdwn(shown)}`;
  return `<@${userId}> used \`${escapeMrkdwn([command, shown].filter(Boolean).join(' '))}\``;
}

/** The asker and question of an "asked" line, as `askedByLine` wrote it for `/ask`; `shortened` when cut. */
export function askedQuestionOf(line: string): { userId: string; question: string; shortened: boolean } | undefined {
  const match = /^<@([A-Z0-9]+)> asked: ([\s\S]+)$/.exec(line);
  if (!match) return undefined;
  const question = match[2]!;
  // Still escaped here, so a cut line is at least as long as the limit it was cut to.
  return { userId: match[1]!, question, shortened: question.endsWith('…') && question.length >= QUESTION_LIMIT };
}

/** Leads the first message with the asker line (blocks and notification text alike). */
export function withAskedBy(messages: SlackMessage[], line: string): SlackMessage[] {
  const [first, ...rest] = messages;
  if (first === undefined) return messages;
  return [{ text: `${line}\n\n${first.text}`, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: line }] }, ...first.blocks] }, ...rest];
}
