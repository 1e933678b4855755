/**
 * The local model as the last filter, through the real `ollama` client against the fake Ollama:
 * values it lists are masked with the same placeholders as everything else and come back on restore;
 * values it invents, placeholders it echoes and answers that are not valid JSON change nothing; a
 * model that is down or slow leaves the pattern redaction in place and says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FINDINGS_SCHEMA, pseudonymizeWithLastFilter, redact, type LastFilter } from '../../src/router/privacy/index.ts';
import { createOllamaJsonGenerator } from '../../src/router/providers/ollama.ts';
import { parseJsonBody } from '../fakes/http-recorder.ts';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { CLOSED_PORT_URL } from '../support/cli-harness.ts';

/** An everyday-word first name with no cue and a house name without a number: both slip past the patterns. */
const MESSAGE = 'ok so rose for the rollout, send the keys to Old Mill House. mail ana.lima@example.org when done';

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function filterFor(host: string, timeoutMs = 3000): LastFilter {
  return { generate: createOllamaJsonGenerator({ host, model: 'llama3.2' }), timeoutMs };
}

function reply(items: Array<{ kind: string; text: string }>): string {
  return JSON.stringify({ items });
}

describe('the local model as the last privacy filter', () => {
  it('masks what the model finds, asks with the JSON schema, and restores it', async () => {
    expect(redact(MESSAGE).text).toContain('rose');
    fake = await startFakeOllama({ generateReply: reply([{ kind: 'person', text: 'rose' }, { kind: 'address', text: 'Old Mill House' }]) });
    const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content: MESSAGE }], [], filterFor(fake.url));

    const sent = guarded.messages[0]!.content;
    expect(sent).not.toMatch(/rose|Old Mill House|ana\.lima/);
    expect(sent).toMatch(/<PERSON_1> for the rollout.*<ADDRESS_1>.*<EMAIL_1>/);
    expect(guarded.notes).toEqual([]);
    expect(guarded.guard.restore(sent).text).toBe(MESSAGE);
    // The model saw text that was already pseudonymized, with Ollama's structured-output `format`.
    const body = parseJsonBody(fake.requests.find((request) => request.path === '/api/generate')!);
    expect(body?.format).toEqual(FINDINGS_SCHEMA);
    expect(String(body?.prompt)).toContain('<EMAIL_1>');
    expect(String(body?.prompt)).not.toContain('ana.lima@example.org');
  });

  it('ignores invented values and echoed placeholders; restore still maps only what was issued', async () => {
    fake = await startFakeOllama({
      generateReply: reply([
        { kind: 'person', text: 'Hermione Granger' },
        { kind: 'identifier', text: '<EMAIL_1>' },
        { kind: 'person', text: 'EMAIL_1' },
        { kind: 'person', text: 'rose' },
      ]),
    });
    const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content: MESSAGE }], [], filterFor(fake.url));

    const sent = guarded.messages[0]!.content;
    expect(sent).not.toContain('rose');
    expect(guarded.guard.restore(sent).text).toBe(MESSAGE);
    const answer = guarded.guard.restore('Ask <PERSON_1>; <PERSON_7> and Hermione Granger agree.');
    expect(answer.text).toBe('Ask rose; [unknown person] and Hermione Granger agree.');
    expect(answer.unrestored).toEqual(['<PERSON_7>']);
  });

  it('treats an answer that is not valid JSON for the schema as no opinion', async () => {
    fake = await startFakeOllama({ generateReply: '{"names": ["rose"]}' });
    const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content: MESSAGE }], [], filterFor(fake.url));
    expect(guarded.messages[0]!.content).toBe(redactToPlaceholders());
    expect(guarded.notes).toEqual(['Local privacy check gave no usable answer; pattern redaction only.']);
  });

  it('skips the pass with a note when the local model is down, keeping pattern redaction', async () => {
    const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content: MESSAGE }], [], filterFor(CLOSED_PORT_URL));
    expect(guarded.messages[0]!.content).toBe(redactToPlaceholders());
    expect(guarded.notes).toHaveLength(1);
    expect(guarded.notes[0]).toMatch(/^Local privacy check skipped \(.+\); pattern redaction only\.$/);
  });

  it('gives up after the configured time', async () => {
    fake = await startFakeOllama();
    fake.hangNext({ path: '/api/generate' });
    const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content: MESSAGE }], [], filterFor(fake.url, 100));
    expect(guarded.notes).toEqual(['Local privacy check skipped (no answer within 100 ms); pattern redaction only.']);
    expect(guarded.messages[0]!.content).toBe(redactToPlaceholders());
  });
});

/**
 * Whole messages in scripts without capitals: the patterns cannot tell a name from a word there, so
 * only a local model's check lets them go. Written as people in those teams write, not from the
 * detectors' marks (no honorific, no "and" list).
 */
const UNREAD_SCRIPT_MESSAGES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'سلمى العتيبي طلبت نسخة من العقد قبل يوم الخميس'],
  ['Hebrew', 'אורית שמעוני לא מצליחה להתחבר למערכת מהבית'],
  ['Chinese', '王建国 昨天把服务器密码改了，没有通知任何人'],
  ['Korean', '정민호 내일 휴가라서 배포는 다음 주로 미뤄요'],
  ['Thai', 'สมชาย ใจดี ลาป่วยวันนี้ ใครรับเวรแทนได้บ้าง'],
];

describe('text whose names the patterns cannot tell', () => {
  it.each(UNREAD_SCRIPT_MESSAGES)('withholds a message in %s script when no local model checks it', async (script, text) => {
    const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content: text }], [], undefined);
    expect(guarded.withheld).toBe(`Not sent to the cloud: the privacy guard cannot tell names in ${script}-script text, and no local model is configured to check it.`);
  });

  it('withholds it when the local model is down or answers nothing usable', async () => {
    const [, text] = UNREAD_SCRIPT_MESSAGES[0]!;
    const down = await pseudonymizeWithLastFilter([{ role: 'user', content: text }], [], filterFor(CLOSED_PORT_URL));
    expect(down.withheld).toMatch(/^Not sent to the cloud: .+ Arabic-script text, and the local privacy check was skipped: .+\.$/);
    fake = await startFakeOllama({ generateReply: 'not json' });
    const muddled = await pseudonymizeWithLastFilter([{ role: 'user', content: text }], [], filterFor(fake.url));
    expect(muddled.withheld).toMatch(/the local privacy check gave no usable answer\.$/);
  });

  it('lets it go once the local model has checked it, with what it found masked', async () => {
    const [, text] = UNREAD_SCRIPT_MESSAGES[1]!;
    fake = await startFakeOllama({ generateReply: reply([{ kind: 'person', text: 'אורית שמעוני' }]) });
    const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content: text }], [], filterFor(fake.url));
    expect(guarded.withheld).toBeUndefined();
    expect(guarded.messages[0]!.content).toBe('<PERSON_1> לא מצליחה להתחבר למערכת מהבית');
  });

  it('does not hold back Latin or Cyrillic text, or a short foreign name the patterns masked whole', async () => {
    const messages = [
      'can you review the rollout plan before friday',
      'Наталья Смирнова отправила отчёт вчера вечером',
      'customer name: 陈宇泽, order 4471 never arrived',
      'p99 went from 40µs to 2 ms after the deploy ¯\\_(ツ)_/¯',
    ];
    for (const content of messages) {
      const guarded = await pseudonymizeWithLastFilter([{ role: 'user', content }], [], undefined);
      expect(guarded.withheld, content).toBeUndefined();
    }
  });
});

/** What the patterns alone send for MESSAGE. */
function redactToPlaceholders(): string {
  return MESSAGE.replace('ana.lima@example.org', '<EMAIL_1>');
}
