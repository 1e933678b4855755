/**
 * The privacy invariant, end to end through the real CLI: whatever path a request takes to the
 * cloud — `--cloud`, a complex request, the cascade after a weak local answer, a dead local model,
 * a thread summary — the fake OpenAI and Anthropic servers never receive a raw personal value or
 * secret (in any body, path or header), they do receive placeholders, the person sees the cloud's
 * answer re-identified with secrets still removed, and the reply leads with the escalation marker.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runTandem } from '../support/cli-harness.ts';
import { askEach, expectEscalatedAnswers, expectNothingLeaked, expectPlaceholders, lastUserContent, markerPattern, secretsShownIn } from '../support/escalation-checks.ts';
import { readLedger, startWorld, type Vendor, type World } from '../support/e2e-world.ts';
import { buildPiiCorpus, findLeaks, NAMES_THE_GUARD_MISSES } from '../support/pii-corpus.ts';

const corpus = buildPiiCorpus();
const VENDORS: Vendor[] = ['openai', 'anthropic'];
const HEDGE = "I'm not sure. I don't have enough information to answer that.";

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** One cloud chat per question, in order; each carried the placeholders of its own question. */
function expectOneChatPerQuestion(current: World, count: number): string[] {
  const chats = current.cloudChats();
  expect(chats).toHaveLength(count);
  return chats.map((chat) => lastUserContent(chat.body));
}

describe.each(VENDORS)('no raw personal data or secret reaches %s', (vendor) => {
  it('tandem ask --cloud: every message leaves pseudonymized and comes back re-identified, secrets still removed', async () => {
    world = await startWorld({ vendor });
    const asked = await askEach(world, ['--cloud'], corpus.messages);

    const sent = expectOneChatPerQuestion(world, corpus.messages.length);
    corpus.messages.forEach((message, index) => expectPlaceholders(sent[index]!, message));
    expectNothingLeaked(world, corpus);
    expectEscalatedAnswers(asked, world, corpus, 'requested with --cloud');
    // The ledger counted each escalation once, as a priced cloud call, and nothing ran locally.
    const rows = readLedger(world.dbPath);
    expect(rows).toHaveLength(corpus.messages.length);
    expect(rows.every((row) => row.location === 'cloud' && row.status === 'ok' && row.costUsdMicros === 16_000 && row.provider === vendor)).toBe(true);
  });

  it('a request hard enough escalates on its own, through the same guard', async () => {
    // Routing preferences off: the classifier alone decides, so the local model is never called.
    world = await startWorld({ vendor, extraConfig: 'routing:\n  preferences: []' });
    const phrase = (text: string) => `Debug why our Python billing job double-charges customers when the payment webhook retries, and make it idempotent: ${text}`;
    const asked = await askEach(world, [], corpus.messages, phrase);

    const sent = expectOneChatPerQuestion(world, corpus.messages.length);
    corpus.messages.forEach((message, index) => expectPlaceholders(sent[index]!, message));
    expectNothingLeaked(world, corpus);
    expectEscalatedAnswers(asked, world, corpus, /(production task|pasted material): difficulty 0\.\d\d ≥ 0\.60 \(small local model, 3\.2B parameters; .*\)/);
    // Decided up front: the local model was never asked.
    expect(world.ollama!.requests.filter((request) => request.path === '/api/chat')).toHaveLength(0);
  });

  it('the cascade: a hedging local answer escalates, and only the cloud request is pseudonymized', async () => {
    // Routing preferences off: this test counts the local model's chat calls, one answer each. No escalation on
    // difficulty (threshold 1): every message is answered locally first, whatever the classifier makes of it.
    world = await startWorld({ vendor, ollamaReply: { text: HEDGE }, extraConfig: 'routing:\n  preferences: []\n  difficultyThreshold: 1' });
    const asked = await askEach(world, [], corpus.messages);

    const sent = expectOneChatPerQuestion(world, corpus.messages.length);
    corpus.messages.forEach((message, index) => expectPlaceholders(sent[index]!, message));
    expectNothingLeaked(world, corpus);
    expectEscalatedAnswers(asked, world, corpus, 'cascade: local answer was unsure or declined');
    for (const { outcome } of asked) expect(outcome.reasons[0]).toMatch(/^[a-z -]+: difficulty 0\.\d\d < 1\.00 \(/);
    // The local model saw each question first; the ledger has the local try and the escalation.
    expect(world.ollama!.requests.filter((request) => request.path === '/api/chat')).toHaveLength(corpus.messages.length);
    const rows = readLedger(world.dbPath);
    expect(rows.map((row) => row.location)).toEqual(corpus.messages.flatMap(() => ['local', 'cloud']));
    expect(rows.filter((row) => row.location === 'cloud').every((row) => (row.reasons as string[]).at(-1) === 'cascade: local answer was unsure or declined')).toBe(true);
  });

  it('the local model is down: requests fall back to the cloud, through the guard', async () => {
    world = await startWorld({ vendor, ollama: 'down' });
    const asked = await askEach(world, [], corpus.messages);

    const sent = expectOneChatPerQuestion(world, corpus.messages.length);
    corpus.messages.forEach((message, index) => expectPlaceholders(sent[index]!, message));
    expectNothingLeaked(world, corpus);
    expectEscalatedAnswers(asked, world, corpus, /local model unavailable \(cannot reach Ollama[^·]*\)/);
  });

  it('tandem summarize: a thread full of personal data, with --cloud and when it is too long for the local model', async () => {
    const thread = corpus.messages.map((message, index) => ({ user: message.author, text: message.text, ts: `1760000${String(index).padStart(3, '0')}.000100` }));
    const check = async (current: World, flags: string[], reason: string | RegExp) => {
      writeFileSync(join(current.cwd, 'thread.json'), JSON.stringify(thread));
      const run = await runTandem(['summarize', ...flags, '--json', 'thread.json'], { cwd: current.cwd, environment: current.environment });
      expect(run.code, run.stderr).toBe(0);
      const outcome = JSON.parse(run.stdout) as { summary: string; route: string; escalated: boolean; reasons: string[]; marker: string };
      expect(outcome).toMatchObject({ route: 'cloud', escalated: true });
      const [chat] = expectOneChatPerQuestion(current, 1);
      for (const type of ['PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'URL_CREDENTIALS', 'SECRET']) expect(chat).toContain(`<${type}_1>`);
      expectNothingLeaked(current, corpus);
      expect(outcome.marker).toMatch(
        markerPattern({ reason, redactions: /\d+ person, 4 email, 5 phone, 3 credit_card, 2 iban, 2 us_ssn, 3 ip_address, 2 url_credentials, 9 secret/, vendor }),
      );
      // <PERSON_1> is the first speaker (authors are the member directory here), <EMAIL_1> the first address.
      expect(outcome.summary).toBe(`Contact ${corpus.messages[0]!.author} at ${corpus.messages[0]!.firstEmail}. Rotate [secret removed] and check [secret removed].`);
      expect(secretsShownIn(run.stdout, corpus)).toEqual([]);
    };

    world = await startWorld({ vendor });
    await check(world, ['--cloud'], 'requested with --cloud');
    await world.close();

    world = await startWorld({ vendor, localConfig: 'timeoutMs: 5000\ncontextWindow: 512' });
    await check(world, [], /\d+ tokens exceed the local context \(342 usable of 512\)/);
    expect(world.ollama!.requests.filter((request) => request.path === '/api/chat')).toHaveLength(0);
  });
});

describe('names the guard does not recognise', () => {
  // Found by this suite: these full names, mid-sentence after "from", are sent to the cloud as
  // they are. The privacy notes ask the guard to "redact rather than leak" when unsure.
  it.each(NAMES_THE_GUARD_MISSES)('%s is not sent to the cloud in clear', async (name) => {
    world = await startWorld({ vendor: 'openai' });
    const run = await runTandem(['ask', '--cloud', '--json', `Please forward the refund request from ${name} to finance.`], { cwd: world.cwd, environment: world.environment });
    expect(run.code, run.stderr).toBe(0);
    expect(findLeaks(world.cloudRequests(), [{ what: 'PERSON', needle: name }])).toEqual([]);
  });
});
