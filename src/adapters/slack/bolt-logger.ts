/**
 * Bolt and the Socket Mode client want a `@slack/logger` Logger (levels, names, variadic args);
 * this bridge funnels their lines into the injected structured logger instead of stdout.
 */
import { LogLevel, type Logger } from '@slack/bolt';
import type { SlackAdapterLogger } from './options.ts';

const LEVELS: Record<LogLevel, { rank: number; method: keyof SlackAdapterLogger }> = {
  [LogLevel.DEBUG]: { rank: 0, method: 'debug' },
  [LogLevel.INFO]: { rank: 1, method: 'info' },
  [LogLevel.WARN]: { rank: 2, method: 'warn' },
  [LogLevel.ERROR]: { rank: 3, method: 'error' },
};

function render(parts: unknown[]): string {
  return parts
    .map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part)))
    .join(' ');
}

export function createBoltLogger(target: SlackAdapterLogger, initialLevel: LogLevel = LogLevel.INFO): Logger {
  let level = initialLevel;
  let name = 'bolt';
  const emit = (at: LogLevel, parts: unknown[]): void => {
    if (LEVELS[at].rank < LEVELS[level].rank) return;
    target[LEVELS[at].method](render(parts), { source: name });
  };
  return {
    debug: (...parts: unknown[]) => emit(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => emit(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => emit(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => emit(LogLevel.ERROR, parts),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}
