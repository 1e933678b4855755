/**
 * Discord's typing indicator lasts about ten seconds, so a long answer needs it repeated. One
 * indicator per request: started by `progress`, stopped when the reply is posted or the handler
 * ends, so an interval never outlives the request.
 */
import type { DiscordLogger } from './options.ts';

export interface TypingTarget {
  sendTyping(): Promise<void>;
}

export interface TypingIndicator {
  start(): void;
  stop(): void;
}

export function createTypingIndicator(
  target: TypingTarget,
  intervalMs: number,
  logger: DiscordLogger,
  registry: Set<TypingIndicator>,
): TypingIndicator {
  let timer: NodeJS.Timeout | undefined;
  const type = () => {
    // Typing is a courtesy: a missing permission or a blip must not fail the request.
    target.sendTyping().catch((error: unknown) => {
      logger.debug('typing indicator failed', { error: error instanceof Error ? error.message : String(error) });
    });
  };
  const indicator: TypingIndicator = {
    start() {
      if (timer) return;
      type();
      timer = setInterval(type, intervalMs);
      timer.unref();
      registry.add(indicator);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      registry.delete(indicator);
    },
  };
  return indicator;
}
