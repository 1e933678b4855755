/**
 * tandem's ways in on Slack, derived from the slash commands the adapter registers (and the manifest
 * lists): Slack's own `/status` and `/help` belong to Slack, so status and help go through `/tandem`.
 */
import type { PlatformHelp } from '../../core/chat-contract.ts';

/** The slash commands the app registers; slack/manifest.yml lists the same four. */
export const SLASH_COMMANDS = ['/ask', '/summarize', '/spend', '/tandem'] as const;

/** The arguments each registered command takes, as people type them after the command. */
const ARGUMENTS: Record<(typeof SLASH_COMMANDS)[number], Array<{ command: string; rest: string }>> = {
  '/ask': [{ command: 'ask', rest: '<question>' }],
  '/summarize': [{ command: 'summarize', rest: '[thread link | #channel] [24h | 7d | N messages] [short | detailed]' }],
  '/spend': [{ command: 'spend', rest: '[YYYY-MM]' }],
  '/tandem': [
    { command: 'status', rest: 'status' },
    { command: 'help', rest: 'help' },
  ],
};

export const SLACK_HELP: PlatformHelp = {
  commands: SLASH_COMMANDS.flatMap((slash) => ARGUMENTS[slash].map(({ command, rest }) => ({ command, syntax: `${slash} ${rest}` }))),
  ways: [
    'Mention **@tandem** in a channel it was invited to, or send it a direct message: it answers in the thread, and follow-ups in that thread need no new mention.',
    'Slack runs no slash commands inside threads: there, write `@tandem summarize` or use the **Summarize thread** message shortcut.',
  ],
};
