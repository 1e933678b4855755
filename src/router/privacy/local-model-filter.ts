import { z } from 'zod';
import { placeholderPattern } from './placeholder-syntax.ts';
import type { EntityType } from './types.ts';

/**
 * The local model as the last filter: after the patterns, the text bound for the cloud is shown once to
 * the local model, which lists remaining personal names, addresses and identifiers as structured output
 * (a JSON schema Ollama enforces with `format`). Whatever it answers is validated: an answer that does
 * not parse is no opinion, and a value that is not in the text verbatim is ignored, so nothing the
 * model invents can reach a placeholder or the answer. Bounded in time; when the model is down or slow
 * the patterns alone stand, and the caller says so.
 */
export interface LocalJsonRequest {
  system: string;
  prompt: string;
  /** JSON schema the answer must follow. */
  schema: Record<string, unknown>;
  signal: AbortSignal;
}

/** The narrow capability this needs: "ask the local model for JSON". Returns the raw answer text. */
export type LocalJsonGenerate = (request: LocalJsonRequest) => Promise<string>;

export interface LastFilter {
  generate: LocalJsonGenerate;
  /** `local.privacyFilterTimeoutMs`, default 3000; past it the request goes on with patterns only. */
  timeoutMs: number;
}

export interface ModelFinding {
  type: EntityType;
  value: string;
}

export type LastFilterOutcome = { status: 'checked'; findings: ModelFinding[] } | { status: 'no-opinion' } | { status: 'skipped'; reason: string };

const KINDS = { person: 'PERSON', address: 'ADDRESS', identifier: 'ID_NUMBER' } as const satisfies Record<string, EntityType>;

export const FINDINGS_SCHEMA: Record<string, unknown> = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: { kind: { type: 'string', enum: Object.keys(KINDS) }, text: { type: 'string' } },
        required: ['kind', 'text'],
      },
    },
  },
  required: ['items'],
};

const answerSchema = z.object({
  items: z.array(z.object({ kind: z.enum(['person', 'address', 'identifier']), text: z.string().min(1).max(200) })).max(200),
});

const SYSTEM = [
  'You find personal data that is still in a text. Placeholders such as <PERSON_1> or <EMAIL_2> are already removed data: never list them.',
  "List every remaining person's name (any language, script or case), street address or postcode, and identifying number",
  '(passport, licence, national id, account, customer or employee number). Copy each one exactly as it is written in the text.',
  'Do not list company names, products, places alone, dates, or ordinary words. If nothing remains, answer {"items": []}.',
].join(' ');

export async function askLocalModelForPersonalData(text: string, filter: LastFilter): Promise<LastFilterOutcome> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${filter.timeoutMs} ms`));
    }, filter.timeoutMs);
  });
  try {
    const answer = await Promise.race([filter.generate({ system: SYSTEM, prompt: text, schema: FINDINGS_SCHEMA, signal: controller.signal }), deadline]);
    return validate(text, answer);
  } catch (error) {
    return { status: 'skipped', reason: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'local model unavailable' };
  } finally {
    clearTimeout(timer);
  }
}

function validate(text: string, answer: string): LastFilterOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer);
  } catch {
    return { status: 'no-opinion' };
  }
  const result = answerSchema.safeParse(parsed);
  if (!result.success) return { status: 'no-opinion' };
  const findings: ModelFinding[] = [];
  for (const item of result.data.items) {
    const value = item.text.trim();
    if (!isUsable(text, value)) continue;
    findings.push({ type: KINDS[item.kind], value });
  }
  return { status: 'checked', findings };
}

/** Present verbatim, long enough to mean something, and not (part of) a placeholder we issued. */
function isUsable(text: string, value: string): boolean {
  if (value.length < 2 || !/[\p{L}\p{N}]/u.test(value) || !text.includes(value)) return false;
  if (/[<>]/.test(value) || /^[A-Z_]+#\d+$/.test(value)) return false;
  return !placeholderPattern().test(value);
}
