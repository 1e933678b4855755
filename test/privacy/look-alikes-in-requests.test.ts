/**
 * What looks personal in an escalated request and is not: a file handed to a command with "=@", a
 * placeholder cut at its brace or followed by a comma, a UUID after "id", saints and storms, and the
 * IPv4 ranges that name no one. Each with the real value beside it, still found. Test cards, the textbook
 * IBAN and the documentation IP ranges stay masked: people write them in place of the real value they will
 * not paste, and the blind evaluation sets label them so. Sentences and values written for this test.
 */
import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';

describe('look-alikes in escalated requests', () => {
  it.each([
    'vault kv put secret/payments stripe_key=@stripe.txt — is a file safer than inline?',
    'curl -F file=@quarterly-report.csv https://upload.example.org/in',
    'my .pypirc has password = <pypi-token>, twine still prompts',
    '.npmrc has //registry.npmjs.org/:_authToken=${NPM_TOKEN}. still 401 in CI',
    'request id 7c9e6679-7425-40de-944b-e07fc1f90ae7 failed with 502, upstream timeout?',
    'storm Éowyn closed the dublin office for 2 days, how do we word the sla credit email',
    'Hurricane Helene hit the Asheville warehouse',
    'power query treats "St. Louis" and "Saint Louis" as different cities',
    'the ssrf filter blocks 0.0.0.0/8 and 127.0.0.0/8, and 169.254.169.254 obviously',
  ])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['mail the refund to ana.silva@example.org please', 'EMAIL', 'ana.silva@example.org'],
    ['refund to card 4532 0151 1283 0366 exp 09/27', 'CREDIT_CARD', '4532 0151 1283 0366'],
    ['customer iban DE89 3704 0044 0532 0130 00 for the refund', 'IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['employee id 4471-22 on the form', 'ID_NUMBER', '4471-22'],
    ['after the storm Priya called the landlord', 'PERSON', 'Priya'],
    ['Storm Jefferson asked for a standing desk', 'PERSON', 'Storm Jefferson'],
    ['refund the test card 4242 4242 4242 4242 for the customer', 'CREDIT_CARD', '4242 4242 4242 4242'],
    ['my home ip shows as 203.0.113.7 on the vpn page', 'IP_ADDRESS', '203.0.113.7'],
    ['my home ip is 81.97.204.3, can you check the block?', 'IP_ADDRESS', '81.97.204.3'],
  ] as const)('still finds the real value: %j', (text, type, value) => {
    expect(foundOfType(text, type)).toContain(value);
  });
});

describe("Apple's platforms in lower case are no one", () => {
  it.each(['qa is done for web, only ios left', 'ipados build failed again', 'watchos and tvos targets are dropped'])('%j', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
