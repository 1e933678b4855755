/**
 * Which policy applies in a channel, from `channels:` in the config. Keys are channel ids (matched
 * exactly) or names (matched case-insensitively, with or without `#`: people write `Legal:` for
 * #legal). When several entries match, the strictest wins. When the channel's name could not be
 * learnt (a failed platform lookup) and some confidential policy is keyed by name, nobody can say
 * whether this is that channel: the answer is `unverified`, and the router keeps the request local.
 */
export type ChannelPolicy = 'open' | 'confidential' | 'unverified';

export interface PolicyScope {
  channelId: string;
  /** '' when the platform could not tell (lookup failed). */
  channelName: string;
  isDirect: boolean;
}

export type ChannelPolicies = Readonly<Record<string, { policy: 'open' | 'confidential' }>>;

export function normalizeChannelName(name: string): string {
  return name.trim().replace(/^#/, '').trim().toLowerCase();
}

export function channelPolicyFor(policies: ChannelPolicies, scope: PolicyScope): ChannelPolicy {
  const name = normalizeChannelName(scope.channelName);
  const entries = Object.entries(policies);
  const matching = entries.filter(([key]) => key === scope.channelId || (name !== '' && normalizeChannelName(key) === name));
  if (matching.some(([, entry]) => entry.policy === 'confidential')) return 'confidential';
  if (name === '' && !scope.isDirect) {
    const byName = entries.some(([key, entry]) => entry.policy === 'confidential' && key !== scope.channelId);
    if (byName) return 'unverified';
  }
  return 'open';
}

/** What the router says when a policy could not be checked. */
export const UNVERIFIED_POLICY_REASON = 'channel policy cannot be checked (channel name unknown): staying local';
