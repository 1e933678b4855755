import { describe, expect, it } from 'vitest';
import { parseFeedbackClick } from '../../src/adapters/slack/feedback-routes.ts';
import { commandLine } from '../../src/adapters/slack/incoming.ts';
import { decideRoute, stripBotMention, toCommandText, type SlackMessageFields } from '../../src/adapters/slack/message-fields.ts';
import { ALICE, BOT_USER_ID, GENERAL, startHttpHarness } from './harness.ts';

const facts = { botUserId: BOT_USER_ID, botId: 'BBOT', isActiveThread: (_c: string, ts: string) => ts === '1.0' };
const message = (extra: Partial<SlackMessageFields>): SlackMessageFields => ({ channelId: 'C1', ts: '2.0', text: 'hi', userId: 'U1', channelType: 'channel', ...extra });

describe('which messages reach the bot', () => {
  it.each([
    ['a mention', 'mention', {}, true],
    ['a DM', 'message', { channelType: 'im' }, true],
    ['a follow-up in an active thread', 'message', { threadTs: '1.0' }, true],
    ['a reply in a thread the bot started', 'message', { threadTs: '9.0', parentUserId: BOT_USER_ID }, true],
    ['chatter in a channel', 'message', {}, false],
    ['a reply in someone else’s thread', 'message', { threadTs: '9.0' }, false],
    ['the message copy of a mention', 'message', { threadTs: '1.0', text: `<@${BOT_USER_ID}> hi` }, false],
    ['its own message', 'message', { channelType: 'im', userId: BOT_USER_ID }, false],
    ['another bot', 'message', { channelType: 'im', botId: 'B9' }, false],
    ['an edit', 'message', { channelType: 'im', subtype: 'message_changed' }, false],
    ['a file share', 'message', { channelType: 'im', subtype: 'file_share' }, true],
  ] as const)('%s', (_name, kind, extra, handled) => {
    expect(decideRoute(kind, message(extra), facts).handle).toBe(handled);
  });

  it('strips the bot mention and the punctuation after it', () => {
    expect(stripBotMention(`<@${BOT_USER_ID}>: what is  <@U2> up to?`, BOT_USER_ID)).toBe('what is <@U2> up to?');
    expect(stripBotMention(`hey <@${BOT_USER_ID}|tandem>, help`, BOT_USER_ID)).toBe('hey help');
  });

  it('maps summarize and slash commands to command lines', () => {
    expect(toCommandText('Summarise this thread')).toBe('/summarize this thread');
    expect(toCommandText('summary of costs')).toBe('summary of costs');
    expect(commandLine('/tandem', 'help')).toBe('/help');
    expect(commandLine('/tandem', '')).toBe('/help');
    expect(commandLine('/ASK', '  how many days ')).toBe('/ask how many days');
    expect(commandLine('/summarize', '')).toBe('/summarize');
  });

  it('reads feedback clicks from the value or the action id', () => {
    expect(parseFeedbackClick('feedback_up:12', '12')).toEqual({ rating: 'up', modelCallId: 12 });
    expect(parseFeedbackClick('feedback_down:12', undefined)).toEqual({ rating: 'down', modelCallId: 12 });
    expect(parseFeedbackClick('something_else', '1')).toBeUndefined();
  });
});

describe('delivery keys for the journal', () => {
  it('gives every redelivery of one posted message the same namespaced key', async () => {
    const harness = await startHttpHarness();
    try {
      const event = { type: 'app_mention', user: ALICE, channel: GENERAL, text: `<@${BOT_USER_ID}> hi`, ts: '1700000600.000100' };
      await harness.sendEvent(event, { eventId: 'EvFIRST' });
      await harness.sendEvent(event, { eventId: 'EvFIRST', retryNum: 1 });
      await harness.sendEvent({ ...event, type: 'message', channel_type: 'im', channel: 'D0ALICE' }, { eventId: 'EvDM' });
      await harness.sendEvent({ ...event, type: 'message', channel_type: 'im', channel: 'D0ALICE' }, { eventId: 'EvDM', retryNum: 1 });
      await harness.sendEvent({ ...event, ts: '1700000601.000100' }, { eventId: 'EvNEW' });
      expect(harness.bot.deliveryKeys).toEqual([
        `slack:message:${GENERAL}:1700000600.000100`,
        `slack:message:${GENERAL}:1700000600.000100`,
        'slack:message:D0ALICE:1700000600.000100',
        'slack:message:D0ALICE:1700000600.000100',
        `slack:message:${GENERAL}:1700000601.000100`,
      ]);
      expect(harness.bot.messages).toHaveLength(3);
    } finally {
      await harness.stop();
    }
  });
});
