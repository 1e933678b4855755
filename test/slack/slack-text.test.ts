import { describe, expect, it } from 'vitest';
import { slackToPlainText } from '../../src/adapters/slack/slack-text.ts';

const names = async (id: string) => ({ U0ALICE: 'Alice Anders' })[id] ?? id;

describe('slackToPlainText', () => {
  it('shows people by name, emails once, and labelled links with their target', async () => {
    const text = 'ping <@U0ALICE> or mail <mailto:ops@northwind.example|ops@northwind.example>, see <https://wiki.example/vpn|the VPN page> &amp; <#C0GEN|general>';
    expect(await slackToPlainText(text, names, { keepChannelReferences: false })).toBe(
      'ping @Alice Anders or mail ops@northwind.example, see the VPN page (https://wiki.example/vpn) & #general',
    );
  });

  it('keeps channel references for command parsing when asked', async () => {
    expect(await slackToPlainText('/summarize <#C0GEN|general> 24h', names, { keepChannelReferences: true })).toBe('/summarize <#C0GEN|general> 24h');
  });
});
