import { describe, expect, it } from 'vitest';
import { BLOCKS_PER_MESSAGE, renderReply, SECTION_TEXT_LIMIT } from '../../src/adapters/slack/block-kit.ts';
import { markdownToMrkdwn } from '../../src/adapters/slack/mrkdwn.ts';
import { splitText } from '../../src/adapters/slack/text-split.ts';
import { reply } from './harness.ts';

describe('Markdown to Slack mrkdwn', () => {
  it.each([
    ['**bold** and __bold__', '*bold* and *bold*'],
    ['*italic* text', '_italic_ text'],
    ['~~gone~~', '~gone~'],
    ['see [the policy](https://wiki.example/a?b=1&c=2)', 'see <https://wiki.example/a?b=1&c=2|the policy>'],
    ['## Leave policy', '*Leave policy*'],
    ['# **Already bold**', '*Already bold*'],
    ['- one\n* two', '• one\n• two'],
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['`**not bold**` stays', '`**not bold**` stays'],
    ['```\nconst a = b**2 < 3;\n```', '```\nconst a = b**2 &lt; 3;\n```'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['**[linked](https://x.example)**', '*<https://x.example|linked>*'],
    ['label with | pipe: [a|b](https://x.example)', 'label with | pipe: <https://x.example|a¦b>'],
    ['an autolink <https://wiki.example/a>', 'an autolink <https://wiki.example/a>'],
    ['credentials in an autolink go: <https://ops:s3cret@wiki.example/a>', 'credentials in an autolink go: <https://wiki.example/a>'],
  ])('%s', (markdown, expected) => {
    expect(markdownToMrkdwn(markdown)).toBe(expected);
  });
});

describe('splitting text', () => {
  it('keeps pieces within the limit and prefers paragraph boundaries', () => {
    const text = Array.from({ length: 10 }, (_, index) => `${index} ${'x'.repeat(900)}`).join('\n\n');
    const pieces = splitText(text, 3_000);
    expect(pieces.every((piece) => piece.length <= 3_000)).toBe(true);
    expect(pieces.every((piece) => /^\d /.test(piece))).toBe(true);
    expect(pieces.join('\n\n')).toBe(text);
  });

  it('closes and reopens a code fence cut in two', () => {
    const code = `\`\`\`\n${Array.from({ length: 400 }, (_, index) => `line ${index} of code`).join('\n')}\n\`\`\``;
    const pieces = splitText(code, 3_000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(3_000);
      expect(piece.startsWith('```')).toBe(true);
      expect(piece.trimEnd().endsWith('```')).toBe(true);
    }
  });

  it('cuts an unbroken run hard rather than failing', () => {
    const pieces = splitText('y'.repeat(7_000), 3_000);
    expect(pieces.every((piece) => piece.length <= 3_000)).toBe(true);
    expect(pieces.join('')).toBe('y'.repeat(7_000));
  });
});

describe('Block Kit rendering', () => {
  it('puts an escalation marker on top and a local marker at the bottom', () => {
    const top = renderReply(reply('answer', { marker: '☁️ escalated: long context', markerPlacement: 'top' }))[0]?.blocks ?? [];
    const bottom = renderReply(reply('answer', { marker: '🏠 local' }))[0]?.blocks ?? [];
    expect(top[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '☁️ escalated: long context' }] });
    expect(bottom.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '🏠 local' }] });
  });

  it('numbers sources, links only those with a link, and shows notes', () => {
    const [message] = renderReply(
      reply('Answer [1][2]', {
        notes: ['Thread truncated to the newest 200 messages'],
        citations: [
          { index: 2, source: 'faq.md', heading: 'Parking' },
          { index: 1, source: 'handbook.md', heading: 'Leave', link: 'https://wiki.example/leave' },
        ],
      }),
    );
    const texts = JSON.stringify(message?.blocks);
    expect(texts).toContain('*Sources*\\n[1] <https://wiki.example/leave|handbook.md — Leave>\\n[2] faq.md — Parking');
    expect(texts).toContain(':information_source: Thread truncated to the newest 200 messages');
    expect(message?.text).toBe('Answer [1][2]');
  });

  it("adds Slack's native feedback buttons only when there is a model call to rate", () => {
    expect(JSON.stringify(renderReply(reply('a'))[0]?.blocks)).not.toContain('feedback_up');
    const blocks = renderReply(reply('a', { modelCallId: 5 }))[0]?.blocks ?? [];
    expect(blocks.at(-1)).toMatchObject({
      type: 'context_actions',
      elements: [{ type: 'feedback_buttons', action_id: 'feedback_buttons:5', positive_button: { value: 'feedback_up:5' }, negative_button: { value: 'feedback_down:5' } }],
    });
  });

  it('spreads a very long answer over several messages of at most 50 blocks, buttons on the last', () => {
    const answer = Array.from({ length: 120 }, (_, index) => `Part ${index} ${'z'.repeat(2_900)}`).join('\n\n');
    const messages = renderReply(reply(answer, { modelCallId: 1 }));
    expect(messages.length).toBe(3);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(BLOCKS_PER_MESSAGE);
      expect(message.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    }
    expect(messages.at(-1)?.blocks.at(-1)?.type).toBe('context_actions');
  });
});
