/**
 * Slack end to end with the real core: signed HTTP-mode requests into the real Bolt app, the real
 * bot core and composition behind it, a fake Ollama answering, the ledger in SQLite, and the fake
 * Slack Web API recording every call the bot makes.
 */
import { describe, expect, it } from 'vitest';
import { feedback, modelCalls, requestJournal } from '../../db/schema.ts';
import { feedbackButtonsClick, slashCommand } from '../fakes/slack-requests.ts';
import type { FakeSlackMessage } from '../fakes/slack.ts';
import { eventually, startWorld, withoutEmbeddings, type World } from '../support/e2e-world.ts';
import { threadStatus } from '../fakes/slack-streaming.ts';
import { ALICE, BOB, blockTexts, CAROL, finalReplies, GENERAL, mention, SLACK_SEED, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const VIEWERS = 'report:\n  viewers:\n    roles: [finance-team]';

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

const ledger = () => withoutEmbeddings(slack!.tandem.database.db.select().from(modelCalls).all());
const chats = () => world!.ollama!.requests.filter((request) => request.path === '/api/chat');

describe('Slack, end to end with the real core', () => {
  it('answers a mention once, in its thread, with citations, the 🏠 local context block and feedback buttons — also when Slack retries the event', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER } }));
    slack = own(await startSlackTandem(world));
    const ts = '1760004000.000100';
    const event = mention({ ts, text: 'how many vacation days do I get?' });
    expect((await slack.sendEvent(event, { eventId: 'EvE2EMENTION' })).status).toBe(200);
    // Slack did not see the ack in time and redelivers; the message.channels copy arrives too.
    expect((await slack.sendEvent(event, { eventId: 'EvE2EMENTION', retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await slack.sendEvent({ ...event, type: 'message', channel_type: 'channel' }, { eventId: 'EvE2EMESSAGE' })).status).toBe(200);

    const replies = finalReplies(slack.fake, GENERAL, ts);
    expect(replies).toHaveLength(1);
    // Slack's loading status under the thread while working (no placeholder message), cleared by the
    // answer: one message, streamed and then finished in place.
    expect(slack.fake.callsTo('assistant.threads.setStatus')[0]!.args).toMatchObject({ channel_id: GENERAL, thread_ts: ts, status: 'is thinking…' });
    expect(threadStatus(slack.fake.state, GENERAL, ts)).toBe('');
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(slack.fake.callsTo('chat.update')).toHaveLength(1);
    const [row] = ledger();
    const blocks = replies[0]!.blocks;
    expect(blockTexts(blocks).slice(0, 3)).toEqual([
      'Full-time employees accrue 25 days of paid vacation per calendar year [1].',
      '*Sources*\n[1] handbook/time-off.md — Time Off &gt; Vacation',
      '🏠 local · llama3.2',
    ]);
    expect(blocks[2]).toMatchObject({ type: 'context' });
    expect(blocks[3]).toMatchObject({
      type: 'context_actions',
      elements: [{ type: 'feedback_buttons', action_id: `feedback_buttons:${row!.id}`, positive_button: { value: `feedback_up:${row!.id}` }, negative_button: { value: `feedback_down:${row!.id}` } }],
    });
    // A cloud is configured and the channel is open, so the offer of a stronger model sits in its own row.
    expect(blocks[4]).toMatchObject({ type: 'actions', elements: [{ action_id: 'stronger_model:answer_button' }] });

    // Asked once, recorded once, claimed once in the durable request journal, whose id is the ledger's request id.
    expect(chats()).toHaveLength(1);
    expect(ledger()).toHaveLength(1);
    expect(row).toMatchObject({ platform: 'slack', channelId: GENERAL, channelName: 'general', userId: ALICE, location: 'local', status: 'ok', purpose: 'answer' });
    const claimed = slack.tandem.database.db.select().from(requestJournal).all();
    expect(claimed).toEqual([expect.objectContaining({ deliveryKey: `slack:message:${GENERAL}:${ts}`, status: 'answered', requestId: row!.requestId, message: null })]);
    expect(world.cloudChats()).toHaveLength(0);
  });

  it("a 👍 on Slack's native feedback buttons is recorded as feedback against the answer's model call", async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER } }));
    slack = own(await startSlackTandem(world));
    const ts = '1760004100.000100';
    await slack.sendEvent(mention({ ts, text: 'how many vacation days do I get?' }));
    const [answer] = finalReplies(slack.fake, GENERAL, ts);
    const element = (answer!.blocks.find((block) => block.type === 'context_actions') as unknown as { elements: Array<{ action_id: string; positive_button: { value: string } }> }).elements[0]!;
    const [call] = ledger();

    const response = await slack.sendInteraction(
      feedbackButtonsClick({ userId: BOB, channelId: GENERAL, messageTs: answer!.ts, threadTs: ts, responseUrl: slack.fake.responseUrl(), actionId: element.action_id, value: element.positive_button.value }),
    );
    expect(response.status).toBe(200);
    const votes = await eventually(() => {
      const rows = slack!.tandem.database.db.select().from(feedback).all();
      return rows.length > 0 && rows;
    }, 'the feedback row');
    expect(votes).toEqual([expect.objectContaining({ modelCallId: call!.id, platform: 'slack', userId: BOB, rating: 'up' })]);
    const [thanks] = await slack.fake.waitForCalls('chat.postEphemeral');
    expect(thanks!.args).toMatchObject({ channel: GENERAL, user: BOB, text: 'Thanks for the feedback!' });
  });

  it('/ask with no text gets the usage privately; nothing is asked of any model', async () => {
    world = own(await startWorld());
    slack = own(await startSlackTandem(world));
    const responseUrl = slack.fake.responseUrl('ask-empty');
    expect((await slack.sendCommand(slashCommand({ command: '/ask', text: '', userId: ALICE, channelId: GENERAL, responseUrl }))).status).toBe(200);
    // Straight to the usage hint: no "Thinking…" for a request that asks nothing.
    const [usage] = await slack.fake.waitForCalls('response_url', 1);
    expect(usage).toMatchObject({
      target: 'ask-empty',
      args: { response_type: 'ephemeral', text: 'What would you like to know?\nUsage: `/ask &lt;question&gt; [--cloud | --local]`' },
    });
    expect(slack.fake.callsTo('response_url')).toHaveLength(1);
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(chats()).toHaveLength(0);
    expect(ledger()).toHaveLength(0);
  });

  it('/spend: refused privately to a non-viewer; a viewer (by user group) gets the report and its chart', async () => {
    world = own(await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, extraConfig: VIEWERS }));
    slack = own(await startSlackTandem(world));
    await slack.sendEvent(mention({ ts: '1760004200.000100', text: 'how many vacation days do I get?' }));

    await slack.sendCommand(slashCommand({ command: '/spend', userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('spend-alice') }));
    const [refusal] = await slack.fake.waitForCalls('response_url');
    expect(refusal).toMatchObject({
      target: 'spend-alice',
      args: { response_type: 'ephemeral', text: 'Spend figures are limited to finance and admins. Ask an admin to add you to `report.viewers`.' },
    });

    await slack.sendCommand(slashCommand({ command: '/spend', userId: CAROL, channelId: GENERAL, responseUrl: slack.fake.responseUrl('spend-carol') }));
    await slack.fake.waitForCalls('files.completeUploadExternal');
    const report = slack.fake
      .callsTo('response_url')
      .filter((call) => call.target === 'spend-carol')
      .map((call) => `${String(call.args.text)}\n${JSON.stringify(call.args.blocks)}`)
      .join('\n');
    expect(report).toMatch(/^AI spend — \w+ \d{4} \(UTC\) — month to date/m);
    expect(report).toContain('llama3.2 (local)');
    expect(report).toContain('I sent the attachment to you in a direct message.');
    // The chart is a file, and files cannot be ephemeral: it goes to Carol's DM with the bot.
    expect(slack.fake.callsTo('conversations.open')[0]!.args.users).toBe(CAROL);
    const [upload] = slack.fake.callsTo('upload');
    expect(upload!.bytes).toBeGreaterThan(1_000);
    expect(slack.fake.callsTo('files.completeUploadExternal')[0]!.args).toMatchObject({ channel_id: `D${CAROL}` });
    // Nothing spend-related was posted in the channel.
    expect(slack.fake.callsTo('chat.postMessage').filter((call) => !call.args.thread_ts)).toHaveLength(0);
  });
});

describe('Slack thread summaries with the real core', () => {
  const ROOT = '1760005000.000000';
  /** A 300-message thread: the question that started it, then a long discussion. */
  function longThread(): FakeSlackMessage[] {
    const people = [ALICE, BOB, CAROL];
    const messages: FakeSlackMessage[] = [{ ts: ROOT, user: ALICE, text: 'KICKOFF-0000: should we move the release to Friday?', thread_ts: ROOT }];
    for (let index = 1; index < 300; index += 1) {
      const ts = `1760005${String(index).padStart(3, '0')}.000000`;
      messages.push({ ts, user: people[index % 3]!, text: `Point ${String(index).padStart(4, '0')}: the migration step ${index} needs a dry run against staging before we flip the flag.`, thread_ts: ROOT });
    }
    return messages;
  }

  it('@tandem summarize in a 300-message thread: every page read, summarized locally in parts and merged, posted in the thread', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: '**TL;DR** The release moves to Friday after a staging dry run.' }, localConfig: 'timeoutMs: 5000\ncontextWindow: 2048' }));
    slack = own(await startSlackTandem(world, { seed: { ...SLACK_SEED, threads: [{ channel: GENERAL, ts: ROOT, messages: longThread() }] } }));
    await slack.sendEvent({ ...mention({ ts: '1760005999.000100', text: 'summarize', user: BOB }), thread_ts: ROOT });

    // Slack pages at 100: the whole thread took several conversations.replies calls.
    expect(slack.fake.callsTo('conversations.replies').length).toBeGreaterThanOrEqual(3);
    const [reply] = finalReplies(slack.fake, GENERAL, ROOT);
    const texts = blockTexts(reply!.blocks);
    expect(texts[0]).toBe('*TL;DR* The release moves to Friday after a staging dry run.');
    expect(texts).toContainEqual(expect.stringMatching(/^:information_source: Long conversation \(\d+ messages\): summarized in \d+ parts and merged\.$/));
    expect(texts).toContain('🏠 local · llama3.2');

    const rows = ledger();
    const maps = rows.filter((row) => row.purpose === 'summarize-map');
    expect(maps.length).toBeGreaterThan(1);
    expect(rows.filter((row) => row.purpose === 'summarize-reduce')).toHaveLength(1);
    expect(rows).toHaveLength(maps.length + 1);
    expect(rows.every((row) => row.location === 'local' && row.status === 'ok' && row.command === 'summarize' && row.userId === BOB)).toBe(true);
    expect(chats()).toHaveLength(rows.length);
    expect(world.cloudRequests()).toEqual([]);
  });

  it('a summary that would have escalated to a configured but unusable cloud says so, as answers do; a short one does not', async () => {
    world = own(await startWorld({
      ollamaReply: { text: '**TL;DR** The release moves to Friday after a staging dry run.' },
      localConfig: 'timeoutMs: 5000\ncontextWindow: 2048',
      cloudConfig: 'model: gpt-9-imaginary\nmaxRetries: 0\ntimeoutMs: 5000',
    }));
    const SHORT_ROOT = '1760006000.000000';
    const short: FakeSlackMessage[] = [
      { ts: SHORT_ROOT, user: ALICE, text: 'should we move the release to Friday?', thread_ts: SHORT_ROOT },
      { ts: '1760006001.000000', user: BOB, text: 'yes, after a dry run on staging', thread_ts: SHORT_ROOT },
    ];
    const threads = [{ channel: GENERAL, ts: ROOT, messages: longThread() }, { channel: GENERAL, ts: SHORT_ROOT, messages: short }];
    slack = own(await startSlackTandem(world, { seed: { ...SLACK_SEED, threads } }));
    await slack.sendEvent({ ...mention({ ts: '1760005999.000100', text: 'summarize', user: BOB }), thread_ts: ROOT });
    await slack.sendEvent({ ...mention({ ts: '1760006002.000100', text: 'summarize', user: BOB }), thread_ts: SHORT_ROOT });

    const long = blockTexts(finalReplies(slack.fake, GENERAL, ROOT)[0]!.blocks);
    expect(long).toContainEqual(expect.stringMatching(/☁️ This request would have gone to the cloud \(\d+ tokens exceed the local context .*\), but the configured cloud model is unusable: .*gpt-9-imaginary.*Summarized locally; tell your tandem admin\.$/));
    expect(long).toContain('🏠 local · llama3.2');
    const shortReply = blockTexts(finalReplies(slack.fake, GENERAL, SHORT_ROOT).find((reply) => reply.ts !== SHORT_ROOT && reply.ts !== '1760006001.000000')!.blocks);
    expect(shortReply.join('\n')).not.toContain('would have gone to the cloud');
    expect(world.cloudChats()).toHaveLength(0);
  });

  // Found by this suite: a thread summary reads every page but keeps only the newest 200 messages
  // (the channel default), so the question that started a long thread never reaches the model —
  // and the reply does not say that anything was left out.
  it('the summary of a 300-message thread covers the message that started it, or says it was cut', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: '**TL;DR** The release moves to Friday.' }, localConfig: 'timeoutMs: 5000\ncontextWindow: 2048' }));
    slack = own(await startSlackTandem(world, { seed: { ...SLACK_SEED, threads: [{ channel: GENERAL, ts: ROOT, messages: longThread() }] } }));
    await slack.sendEvent({ ...mention({ ts: '1760005999.000100', text: 'summarize', user: BOB }), thread_ts: ROOT });
    const [reply] = finalReplies(slack.fake, GENERAL, ROOT);
    const prompts = chats().map((request) => request.body).join('\n');
    const sawKickoff = prompts.includes('KICKOFF-0000');
    const earliestPoint = /Point (\d{4})/.exec(prompts)?.[1];
    const toldCut = blockTexts(reply!.blocks).some((text) => /(older|earlier) messages|truncat|only the (newest|last)/i.test(text));
    expect({ sawKickoff, toldCut, earliestPoint }, `the model's prompts begin at "Point ${earliestPoint}" without the kickoff, and the reply does not say so`).toMatchObject(sawKickoff ? { sawKickoff } : { toldCut: true });
  });
});
