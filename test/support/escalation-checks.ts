/**
 * Shared checks for the end-to-end privacy tests: run `tandem ask --json` over corpus messages,
 * read what a cloud request carried, and state what an escalated answer must look like.
 */
import { expect } from 'vitest';
import { runTandem } from './cli-harness.ts';
import { CLOUD_MODELS, type Vendor, type World } from './e2e-world.ts';
import { findLeaks, placeholderTypes, type CorpusMessage, type PiiCorpus } from './pii-corpus.ts';

export interface AskJson {
  answer: string;
  route: string;
  escalated: boolean;
  reasons: string[];
  citations: Array<{ source: string; heading: string; score: number | null }>;
  usage: { inputTokens: number; outputTokens: number };
  costUsd: number | null;
  notes: string[];
}

export interface Asked {
  message: CorpusMessage;
  question: string;
  outcome: AskJson;
}

/**
 * Asks every message through the real CLI: one-line messages in one run (`ask -`, one per line, as
 * an operator would pipe them), multi-line ones as an argument each.
 */
export async function askEach(world: World, flags: string[], messages: readonly CorpusMessage[], phrase: (text: string) => string = (text) => text): Promise<Asked[]> {
  const oneLine = messages.filter((message) => !phrase(message.text).includes('\n'));
  const multiLine = messages.filter((message) => phrase(message.text).includes('\n'));
  const results = new Map<CorpusMessage, Asked>();
  if (oneLine.length > 0) {
    const run = await runTandem(['ask', ...flags, '--json', '-'], { cwd: world.cwd, environment: world.environment, stdin: oneLine.map((message) => phrase(message.text)).join('\n') });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(oneLine.length);
    oneLine.forEach((message, index) => results.set(message, { message, question: phrase(message.text), outcome: JSON.parse(lines[index]!) as AskJson }));
  }
  for (const message of multiLine) {
    const run = await runTandem(['ask', ...flags, '--json', phrase(message.text)], { cwd: world.cwd, environment: world.environment });
    expect(run.code, run.stderr).toBe(0);
    results.set(message, { message, question: phrase(message.text), outcome: JSON.parse(run.stdout.trim()) as AskJson });
  }
  // In the corpus's order, which is also the order the cloud saw them in within each run.
  return messages.map((message) => results.get(message)!);
}

/** The text of the last user turn of a recorded OpenAI or Anthropic chat request. */
export function lastUserContent(body: string): string {
  const parsed = JSON.parse(body) as { messages: Array<{ role: string; content: string | Array<{ type: string; text?: string }> }> };
  const user = parsed.messages.filter((message) => message.role === 'user').at(-1);
  if (user === undefined) return '';
  return typeof user.content === 'string' ? user.content : user.content.map((part) => part.text ?? '').join('');
}

/** Every user-visible string must be free of secrets: they are removed for good, never restored. */
export function secretsShownIn(text: string, corpus: PiiCorpus): string[] {
  const secretForms = corpus.forbidden.filter(({ what }) => what.startsWith('SECRET') || what.startsWith('URL_CREDENTIALS'));
  return findLeaks([{ path: '', headers: {}, body: text }], secretForms);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `☁️ escalated: <reason> · redacted <types and counts> · <provider>/<model> · $0.02` */
export function markerPattern(options: { reason: string | RegExp; redactions: string | RegExp; vendor: Vendor; cost?: string }): RegExp {
  const part = (value: string | RegExp) => (typeof value === 'string' ? escapeRegExp(value) : value.source);
  return new RegExp(`^☁️ escalated: ${part(options.reason)} · redacted ${part(options.redactions)} · ${options.vendor}/${escapeRegExp(CLOUD_MODELS[options.vendor])} · ${escapeRegExp(options.cost ?? '$0.02')}$`, 'u');
}

/** What the person sees after the marker: the fake cloud's echo, re-identified, with secrets gone. */
export function expectReidentified(shown: string, message: CorpusMessage): void {
  if (message.firstPerson) expect(shown).toContain(`Contact ${message.firstPerson}`);
  else expect(shown).toContain('Contact [unknown person]');
  if (message.firstEmail) expect(shown).toContain(` at ${message.firstEmail}.`);
  else expect(shown).toContain(' at [unknown email address].');
  const types = placeholderTypes(message);
  expect(shown).toContain(types.includes('SECRET') ? 'Rotate [secret removed]' : 'Rotate [unknown secret]');
  expect(shown).toContain(types.includes('URL_CREDENTIALS') ? 'check [secret removed].' : 'check [unknown credentials].');
  expect(shown).not.toMatch(/<(PERSON|EMAIL|SECRET|URL_CREDENTIALS)_\d+>/);
}

/** The cloud got placeholders, one kind per kind of personal data in the text. */
export function expectPlaceholders(sent: string, message: CorpusMessage): void {
  for (const type of placeholderTypes(message)) expect(sent, `placeholder for ${type} in: ${sent}`).toContain(`<${type}_1>`);
}

/** Every question escalated once: the answer as seen leads with the full marker and is re-identified. */
export function expectEscalatedAnswers(asked: readonly Asked[], world: World, corpus: PiiCorpus, reason: string | RegExp): void {
  for (const { message, outcome } of asked) {
    expect(outcome, message.text).toMatchObject({ route: 'cloud', escalated: true, costUsd: 0.016, usage: { inputTokens: 1000, outputTokens: 200 } });
    const [marker, ...rest] = outcome.answer.split('\n\n');
    expect(marker).toMatch(markerPattern({ reason, redactions: message.redactions, vendor: world.vendor }));
    expectReidentified(rest.join('\n\n'), message);
    expect(secretsShownIn(JSON.stringify(outcome), corpus)).toEqual([]);
  }
}

/** Nothing raw reached either vendor, in any body, path or header; the other vendor got nothing at all. */
export function expectNothingLeaked(world: World, corpus: PiiCorpus): void {
  expect(findLeaks(world.cloudRequests(), corpus.forbidden)).toEqual([]);
  const other = world.vendor === 'openai' ? world.anthropic : world.openai;
  expect(other.requests).toHaveLength(0);
}
