import { describe, expect, it } from 'vitest';
import { loadMemberNames } from '../../src/bot/answer/member-names.ts';

describe('loadMemberNames', () => {
  it('loads the directory, or keeps the request local with a note when it cannot', async () => {
    const notes: string[] = [];
    expect(await loadMemberNames(async () => ['Alice Anders'], notes)).toEqual(['Alice Anders']);
    expect(await loadMemberNames(undefined, notes)).toEqual([]);
    expect(await loadMemberNames(async () => Promise.reject(new Error('users.list: ratelimited')), notes)).toBeUndefined();
    expect(notes).toEqual(['The workspace member list could not be loaded (users.list: ratelimited), so this request stayed local.']);
  });
});
