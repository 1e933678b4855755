/**
 * "The ledger listens, never steers": when SQLite refuses to write a model call's row, the answer the
 * call paid for still reaches the person, and the operator's log says loudly that spend is missing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage, OutgoingReply, ReplyChannel } from '../../src/core/chat-contract.ts';
import type { Tandem } from '../../src/app/compose.ts';
import { createBot } from '../../src/bot/bot.ts';
import { composeFromWorkspace, memoryLogger, startWorld, type World } from '../support/e2e-world.ts';

const ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
let world: World | undefined;
let tandem: Tandem | undefined;
afterEach(async () => {
  tandem?.close();
  await world?.close();
  tandem = world = undefined;
});

describe('a ledger that cannot write', () => {
  it('does not replace a paid answer with an error, and says so loudly in the log', async () => {
    world = await startWorld({ ollamaReply: { text: ANSWER }, cloud: false });
    const logger = memoryLogger();
    tandem = await composeFromWorkspace(world, logger);
    // A real SQLite failure on every ledger insert, as a full disk would give.
    tandem.database.sqlite.exec("CREATE TRIGGER ledger_down BEFORE INSERT ON model_calls BEGIN SELECT RAISE(FAIL, 'disk I/O error'); END;");
    const bot = createBot(tandem.services, { memberNames: async () => [] });
    const posts: OutgoingReply[] = [];
    const channel: ReplyChannel = { post: async (reply) => (posts.push(reply), { update: async () => undefined }), progress: async () => undefined, readHistory: async () => [] };
    const message: IncomingMessage = { platform: 'slack', eventId: 'Ev1', deliveryKey: 'slack:message:C1:1.0', userId: 'U1', userName: 'Ana', userRoles: [], channelId: 'C1', channelName: 'general', text: 'how many vacation days do I get?', isDirect: false, isSlashCommand: false };
    await bot.handlers.receive(message, channel);
    expect(posts.map((post) => post.text)).toEqual([expect.stringContaining('25 days of paid vacation')]);
    expect(logger.lines.some((line) => line.startsWith('error: THE LEDGER COULD NOT RECORD A MODEL CALL') && line.includes('disk I/O error'))).toBe(true);
  });
});
