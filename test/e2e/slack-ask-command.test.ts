/**
 * /ask in a channel: the public answer says who asked what (Slack shows nobody the command), through
 * real Bolt and the real core against the fake Slack.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { slashCommand } from '../fakes/slack-requests.ts';
import { startWorld, type World } from '../support/e2e-world.ts';
import { ALICE, blockTexts, GENERAL, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';

const ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';

let world: World | undefined;
let slack: SlackTandem | undefined;
afterEach(async () => {
  await slack?.stop();
  await world?.close();
  slack = undefined;
  world = undefined;
});

describe('/ask in Slack', () => {
  it('posts the answer with the asker and the question above it, in the blocks and the notification text', async () => {
    world = await startWorld({ cloud: false, ollamaReply: { text: ANSWER } });
    slack = await startSlackTandem(world);
    await slack.sendCommand(slashCommand({ command: '/ask', text: 'how many vacation days do I get?', userId: ALICE, channelId: GENERAL, responseUrl: slack.fake.responseUrl('ask') }));
    const [posted] = await slack.fake.waitForCalls('chat.postMessage');
    expect(posted!.args).toMatchObject({ channel: GENERAL });
    expect(posted!.args.thread_ts).toBeUndefined();
    const texts = blockTexts(posted!.args.blocks as never);
    expect(texts[0]).toBe(`<@${ALICE}> asked: how many vacation days do I get?`);
    expect(texts[1]).toBe(ANSWER);
    expect(String(posted!.args.text)).toMatch(new RegExp(`^<@${ALICE}> asked: how many vacation days do I get\\?\\n\\n`));
  });
});
