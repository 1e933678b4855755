/**
 * A follow-up in a Discord thread is read with the thread, through real discord.js and the real
 * core against the fake Discord: the bot's own earlier answer comes back as the assistant turn and
 * the follow-up is searched as the standalone question the local model rewrote it into.
 */
import { describe, expect, it } from 'vitest';
import { EXISTING_THREAD } from '../discord/harness.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { ADA, BOT, startDiscordTandem, type DiscordTandem } from '../support/discord-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';

let world: World | undefined;
let discord: DiscordTandem | undefined;
const own = closeAfterEach();

interface ChatBody {
  messages: Array<{ role: string; content: string }>;
}

describe('Discord threads carry their conversation', () => {
  it('a follow-up without a mention is answered with the thread as context', async () => {
    world = own(await startWorld({ cloud: false, ollamaReply: { text: ANSWER } }));
    world.ollama!.replyFor = (messages) => (messages[0]?.content.includes('standalone question') ? { text: 'can I carry vacation days over into next year?' } : undefined);
    discord = own(await startDiscordTandem(world));
    discord.fake.userMessage({ channelId: EXISTING_THREAD, authorId: ADA, content: `<@${BOT.id}> how many vacation days do I get?` });
    await eventually(() => (discord!.botPosts(EXISTING_THREAD)[0]?.embeds as unknown[] | undefined)?.length, 'the first answer');
    discord.fake.userMessage({ channelId: EXISTING_THREAD, authorId: ADA, content: 'and can I carry them over into next year?' });
    await eventually(() => (discord!.botPosts(EXISTING_THREAD)[1]?.embeds as unknown[] | undefined)?.length, 'the follow-up answer');

    const chats = world.ollama!.requests.filter((request) => request.path === '/api/chat').map((request) => JSON.parse(request.body) as ChatBody);
    const rewrite = chats.find((chat) => chat.messages[0]!.content.includes('standalone question'))!;
    expect(rewrite.messages[1]!.content).toContain('user: how many vacation days do I get?');
    const answer = chats.at(-1)!;
    expect(answer.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(answer.messages[2]!.content).toBe(ANSWER);
    expect(answer.messages[3]!.content).toContain('Question: and can I carry them over into next year?');
    expect(answer.messages[3]!.content).toContain('Time Off > Vacation');
  });
});
