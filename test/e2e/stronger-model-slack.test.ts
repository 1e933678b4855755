/**
 * "☁️ Ask a stronger model" in Slack, end to end: real Bolt over signed HTTP, the real core, fake
 * Ollama and a fake cloud. The button sits under local answers only where the cloud is allowed; a
 * press re-answers in the cloud in the same thread, pseudonymised, once, and is recorded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { strongerModelRequests } from '../../db/schema.ts';
import { buttonClick } from '../fakes/slack-requests.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { BOB, finalReplies, GENERAL, LEGAL, mention, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';

const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const EMAIL = 'dana.whitfield@example.org';

let world: World | undefined;
let slack: SlackTandem | undefined;
afterEach(async () => {
  await slack?.stop();
  await world?.close();
  slack = undefined;
  world = undefined;
});

type Element = { action_id?: string; value?: string };
const strongerButton = (blocks: Array<{ type: string; elements?: Element[] }>) =>
  blocks.find((block) => block.type === 'actions')?.elements?.find((element) => element.action_id?.startsWith('stronger_model'));

async function askLocally(ts: string, channel = GENERAL) {
  await slack!.sendEvent(mention({ ts, channel, text: `how many vacation days do I get? reply to ${EMAIL}` }));
  const [answer] = finalReplies(slack!.fake, channel, ts);
  return answer!;
}

describe('Ask a stronger model, in Slack', () => {
  it('a press re-answers in the cloud in the same thread with the ☁️ marker, pseudonymised, once, and is recorded', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    slack = await startSlackTandem(world);
    const ts = '1760007000.000100';
    const answer = await askLocally(ts);
    const button = strongerButton(answer.blocks as never);
    expect(button?.value).toBeDefined();
    expect(world.cloudChats()).toHaveLength(0);

    const click = () => slack!.sendInteraction(buttonClick({ userId: BOB, channelId: GENERAL, messageTs: answer.ts, threadTs: ts, responseUrl: slack!.fake.responseUrl(), actionId: button!.action_id!, value: button!.value! }));
    expect((await click()).status).toBe(200);
    expect((await click()).status).toBe(200);

    const replies = await eventually(() => {
      const posted = finalReplies(slack!.fake, GENERAL, ts);
      return posted.length >= 2 && JSON.stringify(posted[1]!.blocks).includes('☁️ escalated') && posted;
    }, 'the cloud answer in the thread');
    expect(replies).toHaveLength(2);
    expect(replies[1]!.blocks[0]).toMatchObject({ type: 'context' });
    expect(JSON.stringify(replies[1]!.blocks[0])).toContain('☁️ escalated: asked for a stronger model');
    const cloud = world.cloudChats();
    expect(cloud).toHaveLength(1);
    expect(JSON.stringify(cloud[0]!.body)).not.toContain(EMAIL);
    const [already] = await slack.fake.waitForCalls('chat.postEphemeral');
    expect(already!.args).toMatchObject({ channel: GENERAL, user: BOB });
    expect(String(already!.args.text)).toContain('already been asked');

    const rows = slack.tandem.database.db.select().from(strongerModelRequests).all();
    expect(rows).toEqual([expect.objectContaining({ platform: 'slack', userId: BOB, source: 'answer_button', status: 'answered', requestKind: expect.any(String), localTier: 'small' })]);
    expect(rows[0]!.cloudModelCallId).not.toBeNull();
    expect(rows[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('no button in a confidential channel, nor when no cloud is configured', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, extraConfig: 'channels:\n  legal: { policy: confidential }' });
    slack = await startSlackTandem(world);
    const confidential = await askLocally('1760007100.000100', LEGAL);
    expect(confidential.blocks.find((block) => block.type === 'context_actions')).toBeDefined();
    expect(strongerButton(confidential.blocks as never)).toBeUndefined();
    await slack.stop();
    await world.close();

    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER }, cloud: false });
    slack = await startSlackTandem(world);
    const noCloud = await askLocally('1760007200.000100');
    expect(strongerButton(noCloud.blocks as never)).toBeUndefined();
  });

  it('👎 on a local answer offers the button privately; pressing it there answers in the thread', async () => {
    world = await startWorld({ ollamaReply: { text: LOCAL_ANSWER } });
    slack = await startSlackTandem(world);
    const ts = '1760007300.000100';
    const answer = await askLocally(ts);
    // Slack's native feedback buttons: one action for the pair, the 👎's value names the answer.
    const feedback = (answer.blocks.find((block) => block.type === 'context_actions') as unknown as { elements: Array<{ action_id: string; negative_button: { value: string } }> }).elements[0]!;
    // Slack sends the clicked message's blocks with the action: the answer's own button names the question.
    await slack.sendInteraction(buttonClick({ userId: BOB, channelId: GENERAL, messageTs: answer.ts, threadTs: ts, responseUrl: slack.fake.responseUrl(), actionId: feedback.action_id, value: feedback.negative_button.value, blocks: answer.blocks }));
    const [offer] = await slack.fake.waitForCalls('chat.postEphemeral');
    expect(offer!.args).toMatchObject({ channel: GENERAL, user: BOB, thread_ts: ts });
    const offered = strongerButton(offer!.args.blocks as never);
    expect(offered?.action_id).toBe('stronger_model:after_thumbs_down');
    expect(JSON.parse(offered!.value!)).toEqual({ call: expect.any(Number), thread: ts, question: ts });

    // An ephemeral message's action carries no message: the thread travels in the button's value.
    const payload = buttonClick({ userId: BOB, channelId: GENERAL, messageTs: 'ephemeral', responseUrl: slack.fake.responseUrl(), actionId: offered!.action_id!, value: offered!.value! });
    delete payload.message;
    await slack.sendInteraction(payload);
    const replies = await eventually(() => {
      const posted = finalReplies(slack!.fake, GENERAL, ts);
      return posted.length >= 2 && JSON.stringify(posted[1]!.blocks).includes('☁️ escalated') && posted;
    }, 'the cloud answer in the thread');
    expect(JSON.stringify(replies[1]!.blocks)).toContain('☁️ escalated');
    const [row] = slack.tandem.database.db.select().from(strongerModelRequests).all();
    expect(row).toMatchObject({ source: 'after_thumbs_down', status: 'answered' });
  });
});
