/**
 * The privacy invariant through Slack: mentions arrive as signed Events API requests at the real
 * Slack adapter, the real bot core answers them with `--cloud`, and the fake OpenAI / Anthropic
 * servers must never see a raw value — including colleagues' names typed the way people type them,
 * which only the workspace member directory (users.list) can recognise.
 */
import { describe, expect, it } from 'vitest';
import { expectNothingLeaked, expectPlaceholders, expectReidentified, lastUserContent, markerPattern, secretsShownIn } from '../support/escalation-checks.ts';
import { startWorld, type Vendor, type World } from '../support/e2e-world.ts';
import { buildPiiCorpus, findLeaks, forbiddenForms, MEMBER_NAME_MESSAGE, type CorpusMessage } from '../support/pii-corpus.ts';
import { blockTexts, BOB, finalReplies, GENERAL, mention, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const corpus = buildPiiCorpus();

/** How Slack delivers typed text: emails and web links become link markup, people `<@U…>` mentions. */
function asSlackSendsIt(text: string): string {
  return text
    .replace(/https:\/\/\S+/g, (url) => `<${url}>`)
    .replace(/(?<=[\s(])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (address) => `<mailto:${address}|${address}>`);
}

/** Colleagues as people name them in chat: lower case, a first name alone, and an @-mention. */
const memberMessage: CorpusMessage = {
  ...MEMBER_NAME_MESSAGE,
  text: `${MEMBER_NAME_MESSAGE.text} cc <@${BOB}>`,
  redactions: '4 person',
};

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

describe.each<Vendor>(['openai', 'anthropic'])('a Slack mention that escalates to %s', (vendor) => {
  it('sends only placeholders, shows the answer re-identified under the ☁️ escalated marker, and never restores a secret', async () => {
    world = own(await startWorld({ vendor }));
    slack = own(await startSlackTandem(world));
    const messages = [...corpus.messages, memberMessage];
    for (const [index, message] of messages.entries()) {
      const ts = `1760001${String(index).padStart(3, '0')}.000100`;
      const response = await slack.sendEvent(mention({ ts, text: `--cloud ${asSlackSendsIt(message.text)}` }));
      expect(response.status).toBe(200);
      // Answered once, in the mention's thread: the "thinking…" placeholder replaced by the answer.
      const replies = finalReplies(slack.fake, GENERAL, ts);
      expect(replies, message.text).toHaveLength(1);
      const [markerLine, answer] = blockTexts(replies[0]!.blocks);
      expect(markerLine).toMatch(markerPattern({ reason: 'requested with --cloud', redactions: message.redactions, vendor }));
      if (message === memberMessage) expect(answer).toContain('Contact carol chen');
      else expectReidentified(answer!, message);
    }

    const chats = world.cloudChats();
    expect(chats).toHaveLength(messages.length);
    messages.forEach((message, index) => expectPlaceholders(lastUserContent(chats[index]!.body), message));
    expectNothingLeaked(world, corpus);
    // Colleagues' names: only the member directory knows "alice", "carol chen" and "@Bob Brown" are people.
    const memberNames = forbiddenForms([{ kind: 'PERSON', value: 'carol chen' }, { kind: 'PERSON', value: 'Bob Brown' }]);
    expect(findLeaks(world.cloudRequests(), memberNames)).toEqual([]);
    expect(lastUserContent(chats.at(-1)!.body)).not.toMatch(/\balice\b/i);
    // Nothing the bot wrote back to Slack contains a secret either.
    const written = slack.fake.calls.filter((call) => call.method.startsWith('chat.')).map((call) => JSON.stringify(call.args)).join('\n');
    expect(secretsShownIn(written, corpus)).toEqual([]);
  });
});
