import { describe, expect, it } from 'vitest';
import { outputReserve, windowBudget } from '../../src/bot/summary/budget.ts';
import { groupToFit } from '../../src/bot/summary/hierarchical.ts';
import { partitionByTokens } from '../../src/bot/summary/partition.ts';
import { countTokens } from '../../src/router/count-tokens.ts';

describe('output reserve from the window', () => {
  it('is a quarter of the window between a floor and a cap', () => {
    expect(outputReserve(2_048)).toBe(512);
    expect(outputReserve(8_192)).toBe(2_048);
    expect(outputReserve(131_072)).toBe(4_096);
    expect(outputReserve(1_024)).toBe(256);
  });

  it('leaves the prompt at least two thirds of a tiny window', () => {
    expect(outputReserve(512)).toBeLessThanOrEqual(512 / 3);
    const budget = windowBudget(512);
    expect(budget.promptTokens + budget.outputTokens).toBeLessThanOrEqual(512);
  });

  it('gives parts half again as much as the old fixed 1,200-token reserve did at 2,048', () => {
    const budget = windowBudget(2_048);
    expect(budget.promptTokens + budget.outputTokens).toBeLessThanOrEqual(2_048);
    // The old parts got 2,048 − 1,200 = 848 tokens of transcript.
    expect(budget.promptTokens).toBeGreaterThan(1.5 * (2_048 - 1_200));
  });
});

describe('packing', () => {
  it('fills each part up to the budget and cuts, never drops, a message longer than a part', () => {
    const say = (index: number, text: string) => ({ userId: 'u', userName: 'ana', text, ts: String(index) });
    const messages = [...Array.from({ length: 40 }, (_, index) => say(index, `note ${index}: the replica disk is at eighty percent again`)), say(40, 'log '.repeat(2_000))];
    const parts = partitionByTokens(messages, 300);
    expect(parts.flat()).toHaveLength(41);
    for (const part of parts.slice(0, -2)) {
      const used = part.reduce((sum, message) => sum + countTokens(`ana: ${message.text}`) + 2, 0);
      expect(used).toBeGreaterThan(300 - 20);
    }
    expect(parts.at(-1)![0]!.text).toMatch(/… \[truncated\]$/);
  });

  it('groups notes at least two at a time so every merge round shrinks them', () => {
    const note = (first: number, words: number) => ({ firstMessage: first, lastMessage: first + 9, text: 'decided: ship friday. '.repeat(words) });
    const notes = Array.from({ length: 9 }, (_, index) => note(index * 10 + 1, index === 4 ? 400 : 20));
    const groups = groupToFit(notes, 600);
    expect(groups.flat().map((item) => item.firstMessage)).toEqual(notes.map((item) => item.firstMessage));
    expect(groups.length).toBeLessThanOrEqual(Math.ceil(notes.length / 2));
    for (const group of groups) expect(group.reduce((sum, item) => sum + countTokens(`Notes on messages ${item.firstMessage}–${item.lastMessage}:\n${item.text}`) + 2, 0)).toBeLessThanOrEqual(600);
  });
});
