import { describe, expect, it } from 'vitest';
import { channelPolicyFor } from '../../src/router/channel-policy.ts';

const scope = (channelName: string, channelId = 'C0LEGAL', isDirect = false) => ({ channelId, channelName, isDirect });

describe('which channel policy applies', () => {
  it('matches names whatever their case and a leading #, ids only exactly', () => {
    expect(channelPolicyFor({ 'Legal ': { policy: 'confidential' } }, scope('legal'))).toBe('confidential');
    expect(channelPolicyFor({ '#LEGAL': { policy: 'confidential' } }, scope('legal'))).toBe('confidential');
    expect(channelPolicyFor({ C0LEGAL: { policy: 'confidential' } }, scope('renamed'))).toBe('confidential');
    expect(channelPolicyFor({ c0legal: { policy: 'confidential' } }, scope('renamed'))).toBe('open');
  });

  it('lets the strictest of several matching entries win', () => {
    expect(channelPolicyFor({ legal: { policy: 'open' }, C0LEGAL: { policy: 'confidential' } }, scope('legal'))).toBe('confidential');
  });

  it('cannot vouch for a channel whose name is unknown while a confidential policy is keyed by name', () => {
    expect(channelPolicyFor({ legal: { policy: 'confidential' } }, scope(''))).toBe('unverified');
    expect(channelPolicyFor({ legal: { policy: 'open' } }, scope(''))).toBe('open');
    expect(channelPolicyFor({}, scope(''))).toBe('open');
    // A DM has no name to key a channel policy by; its id still matches exactly.
    expect(channelPolicyFor({ legal: { policy: 'confidential' } }, scope('', 'D0ALICE', true))).toBe('open');
  });
});
