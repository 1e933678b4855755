import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * One action item in running notes: a listed name no dictionary has, opening its clause, then "to" and what they
 * will do ("thandiwe to share the deck by EOD", "action: Chidinma to draft the SOW"). A tool or a team opens such
 * clauses too ("kafka to replay the topic", "legal to review", "tailscale to replace the vpn"), and is left alone;
 * so, alone, is a name no list holds.
 */
describe('PERSON: a lone action item in notes', () => {
  it.each([
    ['meeting notes: churn is up 2 pts. thandiwe to share the deck by EOD.', 'thandiwe'],
    ['action: Chidinma to draft the SOW before the call', 'Chidinma'],
    ['next steps: Bartosz to book the room; legal to review the NDA', 'Bartosz'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves tools, teams and words opening the same shape', () => {
    for (const text of ['next steps: kafka to replay the topic, legal to review', 'plan: grafana to show the p99, then infra to resize', 'todo: need to send the invoice']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});
