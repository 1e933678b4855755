import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../src/bot/summary/extractive.ts';
import type { ConversationMessage } from '../../src/adapters/contract.ts';

const say = (userName: string, text: string, ts: number): ConversationMessage => ({ userId: userName, userName, text, ts: String(ts) });

describe('extractiveSummary', () => {
  const thread = [
    say('Ana', 'The database migration for billing failed last night on the replica', 1),
    say('Ben', 'thanks', 2),
    say('Chen', 'The billing migration failed because the replica ran out of disk space', 3),
    say('Ana', 'lunch anyone?', 4),
    say('Dev', 'We decided to resize the replica disk and rerun the billing migration tonight', 5),
    say('Ben', 'I will resize the replica disk before the billing migration rerun', 6),
    say('Chen', 'nice weather today in the office garden', 7),
    say('Dev', 'Ben owns the disk resize, Chen reruns the billing migration at 22:00', 8),
    say('Ana', 'ok', 9),
    say('Eve', 'Does the billing migration rerun need a maintenance window announcement?', 10),
  ];

  it('keeps the most central messages, in the order they were said, with who said them', () => {
    const points = extractiveSummary(thread, { maxPoints: 3 });
    expect(points).toHaveLength(3);
    expect(points.map((point) => Number(point.ts))).toEqual([...points.map((point) => Number(point.ts))].sort((a, b) => a - b));
    expect(points.every((point) => /billing|replica|disk/.test(point.text))).toBe(true);
    expect(points.map((point) => point.text)).not.toContain('nice weather today in the office garden');
  });

  it('drops messages with no substance and returns short threads whole', () => {
    expect(extractiveSummary([say('Ana', 'ok', 1), say('Ben', 'thanks!', 2)])).toEqual([]);
    const short = [say('Ana', 'The VPN certificate expires on Friday for everyone', 1)];
    expect(extractiveSummary(short)).toEqual(short);
  });
});
