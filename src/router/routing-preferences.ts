/**
 * Routing preferences in plain words ("contract or legal clause review → cloud"), matched by the
 * local model, in the manner of Arch-Router: one short call whose answer is constrained by a JSON
 * schema to the number of a preference (or 0 for none), validated, within a latency budget and
 * cached per normalised text. The match is one more reason for decide-route.ts, never a veto; when
 * the local model is slow, down or answers out of shape, the classifier decides alone.
 */
import { z } from 'zod';
import type { ModelProvider } from './providers/contract.ts';
import type { CallContext, Meter } from './request-context.ts';

export interface RoutingPreference {
  when: string;
  route: 'local' | 'cloud';
}

export interface PreferenceMatcherOptions {
  provider: ModelProvider;
  preferences: readonly RoutingPreference[];
  timeoutMs: number;
  /** Records the call in the ledger against the request it was made for. */
  meter?: Meter;
  cacheSize?: number;
}

const MAX_TEXT_CHARS = 1_500;
const answerSchema = z.object({ preference: z.number().int().min(0) });

export class PreferenceMatcher {
  private readonly cache = new Map<string, RoutingPreference | null>();
  private readonly system: string;
  private readonly schema: Record<string, unknown>;

  constructor(private readonly options: PreferenceMatcherOptions) {
    const listed = options.preferences.map((preference, index) => `${index + 1}. ${preference.when}`).join('\n');
    this.system = [
      'You sort requests sent to a company assistant. Which of these descriptions fits the request best?',
      listed,
      'Answer with its number, or 0 if none fits. Judge what the request asks for, not the words it happens to use.',
    ].join('\n');
    this.schema = { type: 'object', properties: { preference: { type: 'integer', minimum: 0, maximum: options.preferences.length } }, required: ['preference'] };
  }

  async match(text: string, context?: CallContext): Promise<RoutingPreference | undefined> {
    if (this.options.preferences.length === 0) return undefined;
    const key = normalise(text);
    if (this.cache.has(key)) return this.cache.get(key) ?? undefined;
    const found = await this.ask(key, context);
    if (found !== 'failed') this.remember(key, found ?? null);
    return found === 'failed' ? undefined : found;
  }

  private async ask(text: string, context: CallContext | undefined): Promise<RoutingPreference | undefined | 'failed'> {
    const provider = context && this.options.meter ? this.options.meter(this.options.provider, context, 'route') : this.options.provider;
    try {
      const result = await provider.generate({
        messages: [{ role: 'system', content: this.system }, { role: 'user', content: text }],
        jsonSchema: { name: 'routing_preference', schema: this.schema },
        temperature: 0,
        maxOutputTokens: 20,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const parsed = answerSchema.safeParse(JSON.parse(result.text));
      if (!parsed.success || parsed.data.preference > this.options.preferences.length) return 'failed';
      return parsed.data.preference === 0 ? undefined : this.options.preferences[parsed.data.preference - 1];
    } catch {
      // Slow, down or out of shape: the classifier decides alone, which is always a safe answer.
      return 'failed';
    }
  }

  private remember(key: string, value: RoutingPreference | null): void {
    if (this.cache.size >= (this.options.cacheSize ?? 1_000)) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, value);
  }
}

/** Case, spacing and trailing punctuation do not change what a request asks for. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '').slice(0, MAX_TEXT_CHARS);
}
