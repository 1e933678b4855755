import { describe, expect, it } from 'vitest';
import { Pseudonymizer } from '../../src/router/privacy/index.ts';
import { found, foundOfType } from './helpers.ts';

/** Names neither a member directory nor compromise's lexicon knows (Kenji Watanabe: only the surname). */
const UNKNOWN_NAMES = ['Priya Raman', 'Ngozi Okafor', 'Oluwaseun Adeyemi', 'Siobhán Ní Bhriain', 'Kenji Watanabe'];

/** Each name in every position a sentence offers, as `[label, text]`. */
const POSITIONS: ReadonlyArray<readonly [string, (name: string) => string]> = [
  ['sentence start, then a verb', (name) => `${name} said the invoice is wrong.`],
  ['sentence start, then a comma', (name) => `${name}, our new contractor, starts Monday.`],
  ['sentence start, possessive', (name) => `${name}'s laptop was stolen last night.`],
  ['sentence start after a line break', (name) => `Quick update.\n${name} will join the call at 3.`],
  ['middle', (name) => `Please forward the refund request from ${name} to finance.`],
  ['end', (name) => `The contract was signed by ${name}`],
  ['after "with"', (name) => `I had a call with ${name} yesterday.`],
  ['possessive mid-sentence', (name) => `Can you check ${name}’s expense claim?`],
  ['followed by punctuation', (name) => `Who approved this? ${name}! (And why?)`],
  ['in brackets', (name) => `The new lead (${name}) starts soon.`],
  ['after cc', (name) => `cc ${name}`],
  ['signature line', (name) => `Thanks,\n${name}`],
];

describe('PERSON: full names nobody knows', () => {
  for (const name of UNKNOWN_NAMES) {
    it.each(POSITIONS.map(([label, build]) => [label, build(name)] as const))(`${name}: %s`, (_label, text) => {
      expect(found(text)).toEqual([`PERSON:${name}`]);
    });
  }

  it('pseudonymizes them before a cloud call and restores them in the answer', () => {
    const guard = new Pseudonymizer();
    const sent = guard.apply('Please forward the refund request from Priya Raman to finance. Ngozi Okafor approved it.');
    expect(sent).toBe('Please forward the refund request from <PERSON_1> to finance. <PERSON_2> approved it.');
    expect(guard.restore('Done: <PERSON_1> → finance, approved by <PERSON_2>.').text).toBe('Done: Priya Raman → finance, approved by Ngozi Okafor.');
  });

  it('keeps honorifics, particles, apostrophes, hyphens and middle initials inside the name', () => {
    expect(foundOfType('Dr. Okafor signed it; Ms Raman did not.', 'PERSON')).toEqual(['Dr. Okafor', 'Ms Raman']);
    expect(foundOfType('Sent to Ludwig van Beethoven and Fatima Al-Sayed-Okafor.', 'PERSON')).toEqual(['Ludwig van Beethoven', 'Fatima Al-Sayed-Okafor']);
    expect(foundOfType("Loop in Seán O'Brien and Ngozi A. Okafor.", 'PERSON')).toEqual(["Seán O'Brien", 'Ngozi A. Okafor']);
  });

  it('takes one unknown word as a name only with a cue', () => {
    expect(foundOfType('Hi Ngozi, ask Oluwaseun and ping @Priya; I spoke with Chidi.', 'PERSON')).toEqual(['Ngozi', 'Oluwaseun', 'Priya', 'Chidi']);
    expect(foundOfType('Ngozi, can you review the PR?', 'PERSON')).toEqual(['Ngozi']);
    expect(foundOfType("Ngozi said the build is red; check Oluwaseun’s PR.", 'PERSON')).toEqual(['Ngozi', 'Oluwaseun']);
    expect(foundOfType("We integrate with Zalando and Zalando's API is down.", 'PERSON')).toEqual([]);
  });
});

describe('PERSON: capitalised phrases that are not names', () => {
  const NOT_NAMES: readonly string[] = [
    'Our Paid Time Off policy changed. Paid Time Off is 25 days a year.',
    'We deploy on Google Cloud now; Google Cloud is cheaper.',
    'The office in New York is closed. New York is busy.',
    'Open a Pull Request for it. Pull Request reviews take a day.',
    'Ask Site Reliability about it. Site Reliability owns the pager.',
    'See you at Monday Standup. Monday Standup is cancelled.',
    'She works at Northwind Labs now. Northwind Labs signed the contract.',
    '## Northwind Labs Quarterly Review\n# Release Notes\nKubernetes Autoscaler Tuning',
    'Please Check the logs. Please Review the Billing Dashboard.',
    'The AWS IAM policy blocks the SRE team; PTO and OOO are fine.',
    'We use Datadog Synthetics, Terraform Cloud and the Okta Verify app.',
    'Customer Success and Sales Ops met in Palo Alto, then flew from San Francisco to Los Angeles.',
    'Ask Claude to summarise the Jenkins log; integrate with Stripe; ping Sentry.',
    'The Socket Mode client and the Bolt App restart when the Payment Gateway is down.',
    'The Sprint Backlog is empty and the Hotfix Runbook is outdated.',
    'Is Gemini Flash cheaper than Claude Haiku? Mistral Large runs on Azure Foundry.',
    'Follow-Up Meeting tomorrow, then the Go Live checklist and the Non-Prod cleanup.',
  ];

  it.each(NOT_NAMES.map((text) => [text.slice(0, 40), text]))('tags nothing in "%s…"', (_label, text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });

  it('leaves an unknown capitalised pair introduced as a thing alone, unless it owns something', () => {
    expect(foundOfType('The Zalando Nubank board is ready. We pay via Zalando Nubank; Zalando Nubank team is on it.', 'PERSON')).toEqual([]);
    expect(foundOfType("We are using Priya Raman's template.", 'PERSON')).toEqual(['Priya Raman']);
  });
});

describe('PERSON: an unlisted given name spoken to at the end, or after praise, shadowing or a birthday', () => {
  it.each([
    ['thanks for chasing the courier for me, Makena', 'Makena'],
    ['sorry this took a week, Thulisile 🙏', 'Thulisile'],
    ['happy birthday Chidubem', 'Chidubem'],
    ['great job Oyelaran, the demo landed', 'Oyelaran'],
    ['could i shadow Kgomotso on a renewal call?', 'Kgomotso'],
  ])('finds the name in %j', (text, name) => {
    expect(foundOfType(text, 'PERSON')).toEqual([name]);
  });

  it.each(['our stack is Postgres, Redis, Kafka', 'thanks, that fixed it on Kubuntu', 'thanks for the tip, works on Alpine'])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
