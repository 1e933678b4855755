/**
 * The pipeline's journal, through the real composition (in-memory database, no model): a delivery is
 * answered once; the reference in a failure notice is the journal's request id; and a request left
 * open by a tandem that died is finished in place, not posted twice, or apologised for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { requestJournal } from '../../db/schema.ts';
import type { IncomingMessage, OutgoingReply, ReplyChannel, ReplyLocation } from '../../src/core/chat-contract.ts';
import { composeTandem, type Tandem } from '../../src/app/compose.ts';
import { createBot } from '../../src/bot/bot.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createRequestJournal } from '../../src/journal/request-journal.ts';
import { silentLogger } from '../../src/logger.ts';

let tandem: Tandem | undefined;
afterEach(() => tandem?.close());

async function compose() {
  const { config } = loadConfig({ environment: { TANDEM_DB: ':memory:', OLLAMA_HOST: 'http://127.0.0.1:9' }, cwd: process.cwd() });
  tandem = await composeTandem({ config: { ...config, knowledge: { ...config.knowledge, includeSample: false } }, logger: silentLogger, baseDir: process.cwd() });
  return { tandem, bot: createBot(tandem.services, { memberNames: async () => [] }) };
}

let counter = 0;
function say(text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  counter += 1;
  return { platform: 'slack', eventId: `Ev${counter}`, deliveryKey: `slack:message:C1:${counter}.0`, userId: 'U1', userName: 'Ana', userRoles: [], channelId: 'C1', channelName: 'eng', threadId: `${counter}.0`, text, isDirect: false, isSlashCommand: false, ...overrides };
}

function recorder(options: { location?: ReplyLocation; history?: () => Promise<never> } = {}): ReplyChannel & { posts: OutgoingReply[] } {
  const posts: OutgoingReply[] = [];
  return {
    posts,
    post: async (reply) => (posts.push(reply), { update: async () => undefined }),
    progress: async () => options.location,
    readHistory: options.history ?? (async () => []),
  };
}

const rows = (t: Tandem) => t.database.db.select().from(requestJournal).all();

/** A second tandem on the same database, its clock past every lease of the first. */
function successor(t: Tandem) {
  return createRequestJournal(t.database.db, { owner: 'successor', leaseMs: 60_000, now: () => new Date(Date.now() + 120_000) });
}

describe('the request journal in the pipeline', () => {
  it('answers a delivery once, however often it arrives, and keeps no message text once answered', async () => {
    const { tandem: t, bot } = await compose();
    const message = say('/help');
    const channel = recorder();
    await bot.handlers.receive(message, channel);
    await bot.handlers.receive({ ...message, eventId: 'EvRetry' }, channel);
    expect(channel.posts).toHaveLength(1);
    expect(rows(t)).toEqual([expect.objectContaining({ deliveryKey: message.deliveryKey, status: 'answered', message: null, attempts: 1 })]);
  });

  it('names the journal request id in a failure notice, and records the request as failed', async () => {
    const { tandem: t, bot } = await compose();
    const channel = recorder({ history: async () => Promise.reject(new Error('socket hang up')) });
    await bot.handlers.receive(say('/summarize'), channel);
    const [row] = rows(t);
    expect(row?.status).toBe('failed');
    expect(channel.posts.map((post) => post.text)).toEqual([expect.stringContaining(`reference \`${row!.requestId}\``)]);
  });

  it('hands a failure back to a one-shot caller that has its own error path, posting nothing', async () => {
    const { tandem: t } = await compose();
    const bot = createBot(t.services, { memberNames: async () => [], failures: 'rethrow' });
    const channel = recorder({ history: async () => Promise.reject(new Error('socket hang up')) });
    await expect(bot.handlers.receive(say('/summarize'), channel)).rejects.toThrow('socket hang up');
    expect(channel.posts).toEqual([]);
    expect(rows(t)[0]).toMatchObject({ status: 'failed', error: 'Error: socket hang up' });
  });

  it('finishes a request a dead tandem left with a placeholder showing, in place of that placeholder', async () => {
    const { tandem: t, bot } = await compose();
    const message = say('/help');
    const requestId = t.services.journal.claim(message)!;
    const location = { channelId: 'C1', messageId: '99.1', threadId: message.threadId! };
    t.services.journal.placed(requestId, location);
    // The first tandem dies here. The next one takes the request over once its lease ran out.
    const [open] = successor(t).takeAbandoned(10);
    expect(open).toMatchObject({ requestId, status: 'answering', replyLocation: location, attempts: 2, message });
    const channel = recorder();
    await bot.resume(open!, channel);
    expect(channel.posts).toHaveLength(1);
    expect(rows(t)[0]).toMatchObject({ status: 'answered', message: null });
    expect(successor(t).takeAbandoned(10)).toEqual([]);
  });

  it('does not post again a reply whose posting as a new message had started before the crash', async () => {
    const { tandem: t, bot } = await compose();
    const requestId = t.services.journal.claim(say('/help'))!;
    t.services.journal.postingStarted(requestId);
    const [open] = successor(t).takeAbandoned(10);
    const channel = recorder();
    await bot.resume(open!, channel);
    expect(channel.posts).toEqual([]);
    expect(rows(t)[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('not posted again') });
  });

  it('gives up with an apology naming the reference after a request took tandem down three times', async () => {
    const { tandem: t, bot } = await compose();
    const requestId = t.services.journal.claim(say('/help'))!;
    t.services.journal.placed(requestId, { channelId: 'C1', messageId: '99.2' });
    t.database.db.update(requestJournal).set({ attempts: 3 }).where(eq(requestJournal.requestId, requestId)).run();
    const [open] = successor(t).takeAbandoned(10);
    const channel = recorder();
    await bot.resume(open!, channel);
    expect(channel.posts.map((post) => post.text)).toEqual([expect.stringContaining(`reference \`${requestId}\``)]);
    expect(rows(t)[0]?.status).toBe('failed');
  });

  it('leaves a request alone while its tandem keeps renewing the lease', async () => {
    const { tandem: t } = await compose();
    t.services.journal.claim(say('/help'));
    const later = createRequestJournal(t.database.db, { owner: 'successor', leaseMs: 60_000, now: () => new Date(Date.now() + 30_000) });
    expect(later.takeAbandoned(10)).toEqual([]);
  });
});
