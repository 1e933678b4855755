/**
 * The only road to the cloud. Every message is pseudonymized by the privacy guard before it leaves
 * (names, contacts, card numbers… become `<PERSON_1>`-style placeholders; secrets are removed for
 * good), the call is metered, and the answer is re-identified locally before anyone sees it.
 * A placeholder the guard never issued is not posted raw: the guard neutralizes it and we say so.
 * Text the guard cannot vouch for (a script whose names it cannot tell, unchecked by the local model)
 * is not sent at all: `EscalationWithheldError`, and the degrade ladder answers locally.
 *
 * The raw cloud provider lives only inside this closure: what the rest of tandem holds (BotServices,
 * the CLI) is the escalation, whose health view has no way back to the provider. The lint keeps the
 * provider files importable only from here and from src/app, which builds them.
 */
import { EscalationWithheldError } from '../errors.ts';
import type { ChatMessage, ModelProvider, ProviderHealth } from './providers/contract.ts';
import { ProviderHealthMonitor } from './provider-health.ts';
import type { LastFilter, Pseudonymizer } from './privacy/index.ts';
import { createRestoreStream } from './privacy/restore-stream.ts';
import type { CallContext, Meter } from './request-context.ts';

export interface Redaction {
  type: string;
  count: number;
}

export interface CloudAnswer {
  text: string;
  redactions: Redaction[];
  providerId: string;
  modelId: string;
  costUsdMicros: number | null;
  usage: { inputTokens: number; outputTokens: number };
  callId: number | undefined;
  /** Things the person should know (e.g. a placeholder the model invented was removed). */
  notes: string[];
}

export interface CloudRequest {
  messages: ChatMessage[];
  context: CallContext;
  purpose: string;
  /** Workspace member names, so colleagues' names are recognised exactly. */
  memberNames: readonly string[];
  maxOutputTokens?: number;
}

/** What is known once the request is pseudonymized, before the first token: enough for the marker. */
export interface CloudStart {
  redactions: Redaction[];
  providerId: string;
  modelId: string;
}

/**
 * Watching a cloud answer being written: `started` runs before the call, `text` receives re-identified
 * text only — a placeholder cut between two chunks is held back until it is whole.
 */
export interface CloudLiveView {
  started(start: CloudStart): Promise<void>;
  text(restored: string): Promise<void>;
}

/** The cloud provider's health, without the provider. */
export interface CloudHealth {
  readonly current: ProviderHealth;
  get(): Promise<ProviderHealth>;
  check(): Promise<ProviderHealth>;
  absorbFailure: ProviderHealthMonitor['absorbFailure'];
}

export interface CloudEscalation {
  /** Which cloud escalations go to, for status lines. */
  readonly providerId: string;
  readonly modelId: string;
  readonly monitor: CloudHealth;
  generate(request: CloudRequest, live?: CloudLiveView): Promise<CloudAnswer>;
}

/**
 * The guard is loaded when a request escalates (or `tandem route` asks what would be sent), not with this module:
 * its word lists and patterns are most of what a process loads, and a one-off question that stays local never needs them.
 */
async function loadGuard(): Promise<typeof import('./privacy/index.ts')> {
  try {
    return await import('./privacy/index.ts');
  } catch (error) {
    // A broken install (a chunk or package missing): nothing can be pseudonymized, so nothing is sent; the request is answered locally.
    throw new EscalationWithheldError(`Not sent to the cloud: the privacy guard could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** What would be sent, without sending it — for `tandem route` and tests. */
export async function pseudonymizeForCloud(messages: readonly ChatMessage[], memberNames: readonly string[]): Promise<{ messages: ChatMessage[]; redactions: Redaction[]; guard: Pseudonymizer }> {
  const { Pseudonymizer } = await loadGuard();
  const guard = new Pseudonymizer({ memberNames });
  const safe = messages.map((message) => ({ role: message.role, content: guard.apply(message.content) }));
  return { messages: safe, redactions: guard.findings(), guard };
}

/** `lastFilter`: the local model's structured-output pass over outgoing text, when a local model is configured. */
export function createCloudEscalation(cloudProvider: ModelProvider, meter: Meter, lastFilter?: LastFilter): CloudEscalation {
  const health = new ProviderHealthMonitor(cloudProvider);
  const monitor: CloudHealth = {
    get current() {
      return health.current;
    },
    get: () => health.get(),
    check: () => health.check(),
    absorbFailure: health.absorbFailure.bind(health),
  };
  return {
    providerId: cloudProvider.providerId,
    modelId: cloudProvider.modelId,
    monitor,
    async generate(request, live) {
      const { pseudonymizeWithLastFilter } = await loadGuard();
      const { messages, redactions, guard, notes: guardNotes, withheld } = await pseudonymizeWithLastFilter(request.messages, request.memberNames, lastFilter);
      if (withheld !== undefined) throw new EscalationWithheldError(withheld);
      const provider = meter(cloudProvider, request.context, request.purpose);
      const call = { messages, ...(request.maxOutputTokens ? { maxOutputTokens: request.maxOutputTokens } : {}) };
      const result = live ? await streamRestored(provider, call, guard, live, redactions) : await provider.generate(call);
      const restored = guard.restore(result.text);
      // The guard already replaced invented placeholders with neutral markers; say that it happened.
      const notes = [...guardNotes, ...(restored.unrestored.length > 0 ? [`The cloud answer referred to ${restored.unrestored.length} placeholder(s) that were never sent; they are shown as unknown.`] : [])];
      return {
        text: restored.text,
        redactions,
        providerId: cloudProvider.providerId,
        modelId: result.modelId,
        costUsdMicros: provider.meter.totals.unpriced ? null : provider.meter.totals.costUsdMicros,
        usage: { inputTokens: provider.meter.totals.usage.inputTokens ?? 0, outputTokens: provider.meter.totals.usage.outputTokens ?? 0 },
        callId: provider.meter.lastCallId,
        notes,
      };
    },
  };
}

/** Streams the call, showing only re-identified text; returns the raw result like `generate` does. */
async function streamRestored(
  provider: ModelProvider,
  call: { messages: ChatMessage[]; maxOutputTokens?: number },
  guard: Pseudonymizer,
  live: CloudLiveView,
  redactions: Redaction[],
): Promise<{ text: string; modelId: string }> {
  await live.started({ redactions, providerId: provider.providerId, modelId: provider.modelId });
  const restorer = createRestoreStream(guard);
  let raw = '';
  let modelId = provider.modelId;
  for await (const chunk of provider.stream(call)) {
    if (chunk.type === 'finish') {
      modelId = chunk.modelId;
      continue;
    }
    raw += chunk.text;
    const ready = restorer.push(chunk.text);
    if (ready.length > 0) await live.text(ready);
  }
  const rest = restorer.finish();
  if (rest.length > 0) await live.text(rest);
  return { text: raw, modelId };
}
