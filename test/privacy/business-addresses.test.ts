import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

describe('ADDRESS: a company’s address is no one’s', () => {
  it.each([
    'invoice header should read: Northwind Traders Ltd, 3rd Floor, 22 Cannon Street, London EC4M 6XH',
    'their legal entity is Fennec Analytics GmbH\nRosenthaler Str. 40, 10178 Berlin',
    'bill to Harbourline Pty Ltd, Level 4, 88 Pitt Street, Sydney NSW 2000 please',
  ])('stays in the message: %s', (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it('still masks a sole trader’s address and a person’s', () => {
    expect(addresses('Prestataire : Aurélie Marchand, EI\n8 impasse des Lilas, 44300 Nantes')).toEqual(['8 impasse des Lilas, 44300 Nantes']);
    expect(addresses('ship it to 14 Mortimer Street, London W1T 3JJ, flat 2')).not.toEqual([]);
  });
});
