/**
 * A "☁️ Ask a stronger model" press that reaches a core with no question in memory (a fresh bot on
 * the same database, as after a restart): the core reads the question back through the adapter's
 * `readQuestion`, and every doubt — nothing to read, a failed read, a message that is not a question,
 * `--local` — ends in one private line and no cloud call. Real composition, fake Ollama and cloud.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage, OutgoingReply, RecoveredQuestion, ReplyChannel, StrongerModelPress } from '../../src/core/chat-contract.ts';
import type { Tandem } from '../../src/app/compose.ts';
import { createBot } from '../../src/bot/bot.ts';
import { strongerModelRequests } from '../../db/schema.ts';
import { composeFromWorkspace, memoryLogger, startWorld, type World } from '../support/e2e-world.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const QUESTION = 'how many vacation days do I get? write to dana.whitfield@example.org';

let world: World | undefined;
let tandem: Tandem | undefined;
afterEach(async () => {
  tandem?.close();
  await world?.close();
  tandem = world = undefined;
});

function recordingChannel(): ReplyChannel & { posts: OutgoingReply[] } {
  const posts: OutgoingReply[] = [];
  return { posts, post: async (reply) => (posts.push(reply), { update: async () => undefined }), progress: async () => undefined, readHistory: async () => [] };
}

function messageOf(text: string): IncomingMessage {
  return { platform: 'slack', eventId: 'Ev1', deliveryKey: 'slack:message:C1:1700000001.000001', userId: 'U1', userName: 'Ana', userRoles: [], channelId: 'C1', channelName: 'general', threadId: '1700000001.000001', text, isDirect: false, isSlashCommand: false };
}

/** A local answer from one bot, then a second bot on the same services: nothing of the first in memory. */
async function answeredThenRestarted(): Promise<{ press: (readQuestion?: () => Promise<RecoveredQuestion>) => Promise<OutgoingReply[]> }> {
  world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
  tandem = await composeFromWorkspace(world, memoryLogger());
  const first = recordingChannel();
  await createBot(tandem.services, { memberNames: async () => [] }).handlers.receive(messageOf(QUESTION), first);
  const answer = first.posts.at(-1)!;
  expect(answer.offerStrongerModel).toBe(true);
  const restarted = createBot(tandem.services, { memberNames: async () => [] });
  return {
    async press(readQuestion) {
      const channel = recordingChannel();
      const press: StrongerModelPress = { platform: 'slack', modelCallId: answer.modelCallId!, userId: 'U2', source: 'answer_button', ...(readQuestion ? { readQuestion } : {}) };
      await restarted.handlers.onStrongerModel!(press, channel);
      return channel.posts;
    },
  };
}

const found = (text: string) => async (): Promise<RecoveredQuestion> => ({ status: 'found', message: messageOf(text), messageId: '1700000001.000001' });

describe('a stronger-model press after a restart', () => {
  it('re-answers in the cloud from the question read back, and records the recomputed features', async () => {
    const { press } = await answeredThenRestarted();
    const [reply] = await press(found(QUESTION));
    expect(reply!.marker).toContain('☁️ escalated: asked for a stronger model');
    expect(reply!.ephemeral).toBe(false);
    expect(world!.cloudChats()).toHaveLength(1);
    expect(world!.cloudChats()[0]!.body).not.toContain('dana.whitfield@example.org');
    const [row] = tandem!.database.db.select().from(strongerModelRequests).all();
    expect(row).toMatchObject({ userId: 'U2', status: 'answered', requestKind: expect.any(String), localTier: 'small' });
    expect(row!.reasons[0]).toContain('read back from the platform');
  });

  it.each([
    ['no way to read it', undefined, /tandem restarted.*`--cloud`/],
    ['a read that fails', async () => { throw new Error('socket hang up'); }, /couldn't read the question back.*stays local/],
    ['a message that is not a question', found('/summarize'), /edited.*stays local/],
    ['a question asked with --local', found(`${QUESTION} --local`), /`--local`.*stays local/],
    ['a slash command Discord kept no copy of', async (): Promise<RecoveredQuestion> => ({ status: 'unavailable', reason: 'not-kept' }), /keeps no copy.*stays local/],
    ['a shortened "asked" line', async (): Promise<RecoveredQuestion> => ({ status: 'unavailable', reason: 'shortened' }), /only the start.*stays local/i],
  ] as const)('%s: one private line, no cloud call, no press recorded', async (_case, readQuestion, note) => {
    const { press } = await answeredThenRestarted();
    const posts = await press(readQuestion);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.ephemeral).toBe(true);
    expect(posts[0]!.text).toMatch(note);
    expect(posts[0]!.text.split('\n')).toHaveLength(1);
    expect(world!.cloudChats()).toHaveLength(0);
    expect(tandem!.database.db.select().from(strongerModelRequests).all()).toEqual([]);
  });
});
