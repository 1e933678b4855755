import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonClick } from '../fakes/slack-requests.ts';
import { ALICE, GENERAL, startHttpHarness, waitFor, type Harness } from './harness.ts';

let harness: Harness;

beforeEach(async () => {
  harness = await startHttpHarness();
});

afterEach(async () => {
  await harness.stop();
});

const click = (actionId: string, value: string) =>
  buttonClick({ actionId, value, userId: ALICE, channelId: GENERAL, messageTs: '1700000400.000200', threadTs: '1700000400.000100', responseUrl: harness.fake.responseUrl() });

describe('Slack adapter: feedback buttons', () => {
  it('turns 👍 into onFeedback and thanks the person privately in the thread', async () => {
    const response = await harness.sendInteraction(click('feedback_up:42', '42'));
    expect(response.status).toBe(200);
    const [thanks] = await harness.fake.waitForCalls('chat.postEphemeral');
    expect(harness.bot.feedback).toEqual([{ platform: 'slack', modelCallId: 42, userId: ALICE, rating: 'up' }]);
    expect(thanks?.args).toMatchObject({ channel: GENERAL, user: ALICE, thread_ts: '1700000400.000100', text: 'Thanks for the feedback!' });
  });

  it('turns 👎 into a down rating, also from a bare action id', async () => {
    await harness.sendInteraction(click('feedback_down', '7'));
    await waitFor(() => harness.bot.feedback.length === 1);
    expect(harness.bot.feedback[0]).toMatchObject({ modelCallId: 7, rating: 'down' });
  });

  it('says so privately when feedback cannot be recorded', async () => {
    harness.bot.onFeedback = async () => {
      throw new Error('ledger locked');
    };
    await harness.sendInteraction(click('feedback_up:9', '9'));
    const [notice] = await harness.fake.waitForCalls('chat.postEphemeral');
    expect(notice?.args.text).toMatch(/could not record that feedback\. Please try again/);
    expect(harness.logger.lines.some((line) => line.level === 'error' && line.message.includes('feedback'))).toBe(true);
  });
});
