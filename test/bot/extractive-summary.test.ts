import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../src/core/chat-contract.ts';
import { structuredSummary } from '../../src/bot/summary/extractive.ts';
import { renderStructuredSummary } from '../../src/bot/summary/render-extractive.ts';

const slackLink = (ts: number) => `https://northwind.slack.com/archives/C024BE91L/p${1712000000 + ts}000200?thread_ts=1712000001.000200&cid=C024BE91L`;
const discordLink = (ts: number) => `https://discord.com/channels/81384788765712384/81384788765712385/${1200000000000000000 + ts}`;

function thread(link: (ts: number) => string | undefined, lines: Array<[string, string]>): ConversationMessage[] {
  return lines.map(([userName, text], index) => {
    const url = link(index + 1);
    return { userId: userName, userName, text, ts: String(index + 1), ...(url ? { link: url } : {}) };
  });
}

const REPLICA_THREAD: Array<[string, string]> = [
  ['ana', 'billing migration blew up on the replica last night, disk full. what do we do'],
  ['ben', 'we could resize the disk and rerun tonight'],
  ['chen', 'agree'],
  ['dev', '+1'],
  ['ana', 'ok decided: resize + rerun at 22:00'],
  ['ben', "i'll resize the disk before 20:00"],
  ['ana', '@chen can you rerun the migration?'],
  ['chen', 'on it, will post when done'],
  ['eve', 'lol my cat just walked over the keyboard'],
  ['dev', 'does the rerun need a maintenance window announcement?'],
];

describe('structured extractive summary', () => {
  it('has TL;DR, decisions, action items with owners and dates, and unanswered questions', () => {
    const summary = structuredSummary(thread(slackLink, REPLICA_THREAD));
    expect(summary.opening?.message.userName).toBe('ana');
    expect(summary.decisions.map((point) => point.text).join(' ')).toContain('resize + rerun at 22:00');
    expect(summary.actions.map((action) => [action.owner, action.due])).toEqual(
      expect.arrayContaining([
        ['ben', 'before 20:00'],
        ['chen', undefined],
      ]),
    );
    expect(summary.questions.map((point) => point.message.userName)).toEqual(['dev']);
    expect(summary.questions[0]!.text).toContain('maintenance window');
  });

  it('does not list a question someone answered, but keeps one answered only with "not sure"', () => {
    const summary = structuredSummary(
      thread(slackLink, [
        ['kim', 'is the vpn cert rotation happening this week?'],
        ['lou', 'yes, thursday morning, i posted it in #it'],
        ['kim', 'who tells the contractors about the new profile?'],
        ['lou', 'not sure tbh'],
        ['max', 'no idea either'],
      ]),
    );
    expect(summary.questions.map((point) => point.text)).toEqual(['who tells the contractors about the new profile?']);
  });

  it('gives a bare "on it" the request it accepts, owned by whoever accepted', () => {
    const summary = structuredSummary(
      thread(slackLink, [
        ['pat', 'the nightly export keeps failing. someone pls look at the cron logs by tomorrow'],
        ['rui', 'on it'],
      ]),
    );
    expect(summary.actions).toHaveLength(1);
    expect(summary.actions[0]).toMatchObject({ owner: 'rui', due: 'by tomorrow' });
    expect(summary.actions[0]!.text).toContain('cron logs');
  });

  it('cites each line with the real Slack permalink of its message', () => {
    const messages = thread(slackLink, REPLICA_THREAD);
    const text = renderStructuredSummary(structuredSummary(messages));
    expect(text.startsWith('**TL;DR**')).toBe(true);
    for (const heading of ['**Decisions**', '**Action items**', '**Open questions**']) expect(text).toContain(heading);
    const cited = [...text.matchAll(/\[link\]\(([^)]+)\)/g)].map((match) => match[1]);
    expect(cited.length).toBeGreaterThanOrEqual(5);
    expect(cited.every((link) => messages.some((message) => message.link === link))).toBe(true);
    // Names, never live pings.
    expect(text).not.toMatch(/@chen/);
  });

  it('cites Discord message links the same way', () => {
    const messages = thread(discordLink, REPLICA_THREAD);
    const text = renderStructuredSummary(structuredSummary(messages));
    const cited = [...text.matchAll(/\[link\]\(([^)]+)\)/g)].map((match) => match[1]);
    expect(cited.length).toBeGreaterThanOrEqual(5);
    expect(cited.every((link) => link?.startsWith('https://discord.com/channels/81384788765712384/81384788765712385/'))).toBe(true);
  });

  it('never makes up a link for a message the platform gave none', () => {
    const text = renderStructuredSummary(structuredSummary(thread(() => undefined, REPLICA_THREAD)));
    expect(text).not.toContain('http');
    expect(text).toContain('**Decisions**');
  });

  it('keeps off-topic chatter out', () => {
    const text = renderStructuredSummary(structuredSummary(thread(slackLink, REPLICA_THREAD)));
    expect(text).not.toContain('cat just walked');
  });

  it('shows more lines per section when asked for a detailed summary', () => {
    const volunteers: Array<[string, string]> = Array.from({ length: 12 }, (_, index) => [`person${index}`, `i'll take checklist item ${index + 1} for the office move`]);
    const messages = thread(slackLink, [['ops', 'office move checklist is up, we need owners for all 12 items by friday'], ...volunteers]);
    const short = structuredSummary(messages).actions.length;
    const detailed = structuredSummary(messages, 'detailed').actions.length;
    expect(short).toBeLessThan(12);
    expect(detailed).toBe(2 * short);
  });
});
