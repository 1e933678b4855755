/**
 * Remembers whether a provider is usable, so a dead Ollama costs one failed probe per interval
 * instead of one timeout per message — and so the bot notices when it comes back.
 */
import { ProviderRequestError, ProviderUnavailableError } from '../errors.ts';
import type { ModelProvider, ProviderHealth } from './providers/contract.ts';
import type { LocalTier } from './request-kind/local-tier.ts';

export class ProviderHealthMonitor {
  private state: ProviderHealth = { ok: false, detail: 'not checked yet' };
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly provider: ModelProvider,
    private readonly recheckAfterMs = 30_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get current(): ProviderHealth {
    return this.state;
  }

  async check(): Promise<ProviderHealth> {
    try {
      this.state = await this.provider.health();
    } catch (error) {
      this.state = { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
    this.checkedAt = this.now();
    return this.state;
  }

  /** The cached state, re-probed when it is stale (down states are re-probed so recovery is seen). */
  async get(): Promise<ProviderHealth> {
    if (this.now() - this.checkedAt >= this.recheckAfterMs) return this.check();
    return this.state;
  }

  /**
   * Takes in a failed call. Provider failures (unreachable or an error answer) are the caller's to
   * degrade from and return true — an unreachable provider is also marked down until the next probe;
   * anything else is a bug and returns false, for the caller to rethrow.
   */
  absorbFailure(error: unknown): error is ProviderUnavailableError | ProviderRequestError {
    if (error instanceof ProviderUnavailableError) {
      this.markDown(error.message);
      return true;
    }
    return error instanceof ProviderRequestError;
  }

  /** A call just failed because the provider is unreachable: stop routing to it until the next probe. */
  markDown(detail: string): void {
    this.state = { ...this.state, ok: false, detail };
    this.checkedAt = this.now();
  }
}

export interface ModelLineup {
  local: ProviderHealthMonitor;
  /** Configured fallback when the local server does not report its context length. */
  localContextWindow: number;
  /** routing.localTier: wins over the parameter size the server reports (or does not). */
  localTier?: LocalTier;
}
