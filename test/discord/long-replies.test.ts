import { afterEach, describe, expect, it } from 'vitest';
import type { Citation } from '../../src/core/chat-contract.ts';
import { renderReply } from '../../src/adapters/discord/reply-rendering.ts';
import { splitMarkdown } from '../../src/adapters/discord/text-splitting.ts';
import { messageBodyProblems } from '../fakes/discord-limits.ts';
import { ADA, BOT, GENERAL, botPosts, reply, startHarness, waitFor, type Harness } from './harness.ts';

const paragraph = (n: number) => `Paragraph ${n}: ${'lorem ipsum dolor sit amet '.repeat(12).trim()}.`;

describe('splitting text for Discord', () => {
  it('keeps short text whole and splits long text at paragraph breaks under the limit', () => {
    expect(splitMarkdown('short', 2000)).toEqual(['short']);
    const text = Array.from({ length: 40 }, (_, index) => paragraph(index)).join('\n\n');
    const pieces = splitMarkdown(text, 2000);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(2000);
    // Nothing lost or duplicated: every paragraph lands whole in exactly one piece.
    expect(pieces.join('\n\n')).toBe(text);
  });

  it('closes and reopens a code block cut in two', () => {
    const code = Array.from({ length: 200 }, (_, index) => `const value${index} = ${index};`).join('\n');
    const pieces = splitMarkdown(`Here:\n\n\`\`\`ts\n${code}\n\`\`\`\n\nDone.`, 2000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect((piece.match(/```/g) ?? []).length % 2).toBe(0);
    }
    expect(pieces[1]?.startsWith('```ts\n')).toBe(true);
  });

  it('hard-cuts a word longer than the limit without splitting a surrogate pair', () => {
    const pieces = splitMarkdown('😀'.repeat(1500), 2000);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});

describe('rendering replies within embed limits', () => {
  it('spreads many long sources over embeds and messages Discord accepts', () => {
    const citations: Citation[] = Array.from({ length: 60 }, (_, index) => ({
      index: index + 1,
      source: `docs/${'deep/'.repeat(30)}file-${index}.md`,
      heading: `Heading ${index} ${'x'.repeat(300)}`,
      link: `https://wiki.example.com/${index}`,
    }));
    const notes = Array.from({ length: 30 }, (_, index) => `note ${index} ${'n'.repeat(400)}`);
    const payloads = renderReply(reply('short answer', { citations, notes, marker: '🏠 local', modelCallId: 3 }));
    for (const payload of payloads) {
      expect(messageBodyProblems({ ...payload }, { requireSomething: true })).toEqual([]);
    }
    const fields = payloads.flatMap((payload) => payload.embeds.flatMap((embed) => embed.fields ?? []));
    expect(fields).toHaveLength(60);
    expect(fields[59]?.name.startsWith('[60] Heading 59')).toBe(true);
    expect(payloads.at(-1)?.components).toHaveLength(1);
    expect(payloads.at(-1)?.embeds.at(-1)?.footer?.text).toBe('🏠 local');
  });
});

describe('Discord adapter: long answers', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('starts a thread on the question and posts the answer there in pieces under 2,000 characters', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const answer = Array.from({ length: 30 }, (_, index) => paragraph(index)).join('\n\n');
    harness.respondWith(async (_message, channel) => {
      await channel.post(reply(answer, { citations: [{ index: 1, source: 'a.md', heading: 'A' }], modelCallId: 9 }));
    });
    const question = fake.userMessage({ channelId: GENERAL, authorId: ADA, content: `<@${BOT.id}> explain everything\nin detail` });
    const threadId = String(question.id);
    const pieces = await waitFor(() => {
      const posted = botPosts(fake, threadId);
      return posted.some((message) => (message.components as unknown[]).length > 0) && posted;
    }, 'all pieces in the thread');
    const created = fake.requests.find((request) => request.path === `/channels/${GENERAL}/messages/${threadId}/threads`);
    expect(created?.body).toMatchObject({ name: 'explain everything' });
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(String(piece.content).length).toBeLessThanOrEqual(2000);
    expect(pieces.map((piece) => piece.content).join('\n\n')).toBe(answer);
    expect(botPosts(fake, GENERAL)).toHaveLength(0);

    // The bot started that thread, so a follow-up there needs no mention.
    fake.userMessage({ channelId: threadId, authorId: ADA, content: 'and the short version?' });
    await waitFor(() => harness!.messages.length === 2, 'follow-up handled');
    expect(harness.messages[1]).toMatchObject({ threadId, channelId: GENERAL, text: 'and the short version?' });
  });
});
