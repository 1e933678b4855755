/**
 * Who asked, where, and what the router decided — carried with every model call made for one
 * request, so the ledger (which only listens) can record it. Metering is injected as a function:
 * the router calls providers through it without knowing where money is counted.
 */
import type { Platform } from '../core/chat-contract.ts';
import type { ModelProvider, TokenUsage } from './providers/contract.ts';

export interface CallContext {
  requestId: string;
  platform: Platform | 'cli' | 'scheduler' | 'system';
  channelId?: string;
  channelName?: string;
  userId?: string;
  command: string;
  route: string;
  reasons: string[];
}

/** Running totals of the calls made through one metered provider. */
export interface MeterReading {
  /** Ledger id of the last completed call, for feedback buttons. */
  lastCallId: number | undefined;
  totals: { usage: TokenUsage; costUsdMicros: number; unpriced: boolean };
}

export type MeteredProvider = ModelProvider & { readonly meter: MeterReading };

/**
 * Wraps a provider so each call is recorded against `context` with the given purpose; calls made for
 * one answer (a summary's map and reduce steps) share `reading` so their totals add up.
 */
export type Meter = (provider: ModelProvider, context: CallContext, purpose: string, reading?: MeterReading) => MeteredProvider;

/** The local model, metered: what the bot calls instead of the raw provider. */
export type MeteredModel = (context: CallContext, purpose: string, reading?: MeterReading) => MeteredProvider;
