import { describe, expect, it } from 'vitest';
import { postedBefore } from '../../src/core/message-order.ts';

describe('postedBefore', () => {
  it('orders Slack ts exactly, down to the microsecond a JavaScript number would round away', () => {
    expect(postedBefore('1760007006.000100', '1760007006.000101')).toBe(true);
    expect(postedBefore('1760007006.000101', '1760007006.000100')).toBe(false);
    expect(postedBefore('1760007006.000100', '1760007006.000100')).toBe(false);
  });

  it('orders Discord snowflakes of different lengths by length first', () => {
    expect(postedBefore('999999999999999999', '1310000000000000204')).toBe(true);
    expect(postedBefore('1310000000000000205', '1310000000000000204')).toBe(false);
  });
});
