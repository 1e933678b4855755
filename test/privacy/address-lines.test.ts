import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

describe('ADDRESS: an address told as such, in any order', () => {
  it.each([
    ['Billing address: 22/7 Residency Rd, Richmond Town, Bengaluru 560025', '22/7 Residency Rd, Richmond Town, Bengaluru 560025'],
    ["the courier needs her home address - 3-5-12 Nakameguro, Meguro-ku, Tokyo 153-0061\nthanks!", '3-5-12 Nakameguro, Meguro-ku, Tokyo 153-0061'],
    ['his current address is Plot 9, Osu Oxford St, Accra. Please update workday', 'Plot 9, Osu Oxford St, Accra'],
    ['Mailing address: Apt 4B, 1187 Rua Augusta, São Paulo - SP, 01305-100', 'Apt 4B, 1187 Rua Augusta, São Paulo - SP, 01305-100'],
  ])('takes the rest of the line after the label: %j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it.each([
    ['City/State/ZIP: Boise, ID 83702', 'Boise, ID 83702'],
    ['replacement goes to Halifax NS B3H 1Y6 by friday', 'Halifax NS B3H 1Y6'],
    ['Suburb: Fitzroy VIC 3065', 'Fitzroy VIC 3065'],
  ])('finds a North American or Australian last line on its own: %j', (text, expected) => {
    expect(addresses(text)).toContain(expected);
  });

  it.each([
    'the email address: 3 of them bounced this morning',
    'set the bind address: 0.0.0.0:8080 and restart',
    'address: see below, the form has 2 lines for it',
    'my address is the same as on file, nothing changed since 2021',
  ])('leaves machine addresses and pointers alone: %j', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
