/**
 * The no-leak invariant on messages written from the classes people really paste (see
 * test/support/pii-classes-corpus.ts), through every road to the cloud: `--cloud`, a hard request,
 * the cascade, a dead local model, a thread summary — and the local model's last filter catching
 * what the patterns cannot.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/cli-harness.ts';
import { askEach } from '../support/escalation-checks.ts';
import { startWorld, type Vendor, type World } from '../support/e2e-world.ts';
import { buildClassCorpus } from '../support/pii-classes-corpus.ts';
import { findLeaks } from '../support/pii-corpus.ts';
import { finalReplies, GENERAL, mention, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const corpus = buildClassCorpus();
const HEDGE = "I'm not sure. I don't have enough information to answer that.";

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

async function expectEscalatedWithoutLeaks(current: World, flags: string[], phrase?: (text: string) => string): Promise<void> {
  const asked = await askEach(current, flags, corpus.messages, phrase);
  expect(asked.every(({ outcome }) => outcome.escalated)).toBe(true);
  expect(current.cloudChats()).toHaveLength(corpus.messages.length);
  expect(findLeaks(current.cloudRequests(), corpus.forbidden)).toEqual([]);
}

describe.each<Vendor>(['openai', 'anthropic'])('pasted personal data and secrets never reach %s', (vendor) => {
  it('tandem ask --cloud', async () => {
    world = own(await startWorld({ vendor }));
    await expectEscalatedWithoutLeaks(world, ['--cloud']);
  });
});

describe('every road to the cloud', () => {
  it('a hard request', async () => {
    world = own(await startWorld({ vendor: 'openai' }));
    await expectEscalatedWithoutLeaks(world, [], (text) => `Debug why our Python billing job double-charges customers when the payment webhook retries, and make it idempotent: ${text}`);
  });

  it('the cascade after a hedging local answer', async () => {
    world = own(await startWorld({ vendor: 'openai', ollamaReply: { text: HEDGE } }));
    await expectEscalatedWithoutLeaks(world, []);
  });

  it('a dead local model', async () => {
    world = own(await startWorld({ vendor: 'openai', ollama: 'down' }));
    await expectEscalatedWithoutLeaks(world, []);
  });

  it('a thread summary', async () => {
    world = own(await startWorld({ vendor: 'openai' }));
    const thread = corpus.messages.map((message, index) => ({ user: message.author, text: message.text, ts: `1760001${String(index).padStart(3, '0')}.000100` }));
    writeFileSync(join(world.cwd, 'thread.json'), JSON.stringify(thread));
    const run = await runTandem(['summarize', '--cloud', '--json', 'thread.json'], { cwd: world.cwd, environment: world.environment });
    expect(run.code, run.stderr).toBe(0);
    expect(world.cloudChats()).toHaveLength(1);
    expect(findLeaks(world.cloudRequests(), corpus.forbidden)).toEqual([]);
  });
});

describe('through Slack', () => {
  it('a mention with --cloud', async () => {
    world = own(await startWorld({ vendor: 'openai' }));
    slack = own(await startSlackTandem(world));
    for (const [index, message] of corpus.messages.entries()) {
      const ts = `1760002${String(index).padStart(3, '0')}.000100`;
      const response = await slack.sendEvent(mention({ ts, text: `--cloud ${message.text}` }));
      expect(response.status).toBe(200);
      expect(finalReplies(slack.fake, GENERAL, ts), message.text).toHaveLength(1);
    }
    expect(world.cloudChats()).toHaveLength(corpus.messages.length);
    expect(findLeaks(world.cloudRequests(), corpus.forbidden)).toEqual([]);
  });
});

describe('the local model as the last filter', () => {
  it('masks a name only the local model recognised, and puts it back in the answer', async () => {
    world = own(await startWorld({ vendor: 'openai', ollamaReply: { text: HEDGE } }));
    world.ollama!.generateReply = JSON.stringify({ items: [{ kind: 'person', text: 'pearl' }, { kind: 'person', text: 'Someone Invented' }] });
    world.openai.reply.text = 'Ask <PERSON_1> to confirm the rollout date.';
    const run = await runTandem(['ask', '--cloud', '--json', 'ok so pearl will handle the rollout, when is it?'], { cwd: world.cwd, environment: world.environment });
    expect(run.code, run.stderr).toBe(0);
    expect(findLeaks(world.cloudRequests(), [{ what: 'PERSON', needle: 'pearl' }])).toEqual([]);
    const outcome = JSON.parse(run.stdout) as { answer: string; notes: string[] };
    expect(outcome.answer).toContain('Ask pearl to confirm the rollout date.');
    expect(world.ollama!.requests.filter((request) => request.path === '/api/generate')).toHaveLength(1);
  });
});

describe('a message in a script whose names the patterns cannot tell', () => {
  const QUESTION = 'ملخص شكوى العميل فاطمة الزهراني بخصوص الفاتورة الأخيرة';
  const NAME = 'فاطمة الزهراني';

  it('is not sent when the local model cannot check it, and is answered locally with the reason', async () => {
    world = own(await startWorld({ vendor: 'openai' }));
    world.ollama!.generateReply = 'the local model rambles instead of answering in JSON';
    const run = await runTandem(['ask', '--cloud', '--json', QUESTION], { cwd: world.cwd, environment: world.environment });
    expect(run.code, run.stderr).toBe(0);
    expect(world.cloudChats()).toEqual([]);
    const outcome = JSON.parse(run.stdout) as { route: string; escalated: boolean; notes: string[] };
    expect(outcome).toMatchObject({ route: 'local', escalated: false });
    expect(outcome.notes).toContain('Not sent to the cloud: the privacy guard cannot tell names in Arabic-script text, and the local privacy check gave no usable answer.');
  });

  it('goes once the local model has checked it, with the names it found masked', async () => {
    world = own(await startWorld({ vendor: 'openai' }));
    world.ollama!.generateReply = JSON.stringify({ items: [{ kind: 'person', text: NAME }] });
    const run = await runTandem(['ask', '--cloud', '--json', QUESTION], { cwd: world.cwd, environment: world.environment });
    expect(run.code, run.stderr).toBe(0);
    expect(world.cloudChats()).toHaveLength(1);
    expect(findLeaks(world.cloudRequests(), [{ what: 'PERSON', needle: NAME }])).toEqual([]);
    expect((JSON.parse(run.stdout) as { escalated: boolean }).escalated).toBe(true);
  });
});
