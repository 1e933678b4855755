import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bot/parse-command.ts';
import { parseSummarizeArgs } from '../../src/bot/commands/summarize-args.ts';

describe('parseCommand', () => {
  it('treats plain text as a question', () => {
    expect(parseCommand('how many vacation days do I get?')).toMatchObject({ name: 'ask', explicit: false, args: 'how many vacation days do I get?' });
  });

  it('parses slash commands, the /tandem umbrella and route flags', () => {
    expect(parseCommand('/ask --cloud what is our refund policy')).toMatchObject({ name: 'ask', args: 'what is our refund policy', flags: { cloud: true, local: false } });
    expect(parseCommand('/tandem help')).toMatchObject({ name: 'help', explicit: true });
    expect(parseCommand('/tandem')).toMatchObject({ name: 'help' });
    expect(parseCommand('/Summarize 24h detailed')).toMatchObject({ name: 'summarize', args: '24h detailed' });
  });

  it('accepts bare command words but not questions that start with them', () => {
    expect(parseCommand('summarize this thread')).toMatchObject({ name: 'summarize', args: 'this thread' });
    expect(parseCommand('help')).toMatchObject({ name: 'help' });
    expect(parseCommand('help me find the VPN guide')).toMatchObject({ name: 'ask' });
  });
});

describe('parseSummarizeArgs', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('reads windows, counts, lengths, channels and thread links', () => {
    expect(parseSummarizeArgs('24h detailed', now)).toEqual({ length: 'detailed', sinceMs: now.getTime() - 86_400_000 });
    expect(parseSummarizeArgs('50 messages', now)).toEqual({ length: 'short', limit: 50 });
    expect(parseSummarizeArgs('<#C123|general> 7d', now)).toMatchObject({ channel: 'C123', sinceMs: now.getTime() - 7 * 86_400_000 });
    expect(parseSummarizeArgs('https://acme.slack.com/archives/C0ABC/p1700000000123456', now)).toMatchObject({ thread: { channelId: 'C0ABC', threadId: '1700000000.123456' } });
  });

  it('refuses what it does not understand', () => {
    expect(parseSummarizeArgs('yesterday', now)).toEqual({ error: 'I don\'t understand "yesterday".' });
    expect(parseSummarizeArgs('0', now)).toHaveProperty('error');
  });
});
