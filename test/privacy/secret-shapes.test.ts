import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const secrets = (text: string) => foundOfType(text, 'SECRET');

describe('SECRET: a password told by its shape', () => {
  it.each([
    ['log into the kiosk with password Harbour!Gull58 and pick the queue', 'Harbour!Gull58'],
    ['guest wifi pw Cobalt#Lantern9, network is Lobby-2G', 'Cobalt#Lantern9'],
    ['ops notes: jenkins login is ops / Vq7$tR2mLp (rotate friday)', 'Vq7$tR2mLp'],
    ['locked out again, she swears she typed "Juniper@2031" exactly', 'Juniper@2031'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('takes no code, address or rule of a password policy for one', () => {
    expect(secrets('if (!isValid2 && retries > 3) login(user)')).toEqual([]);
    expect(secrets('the password must hold one of !@#$% and be 12 characters long')).toEqual([]);
    expect(secrets('login page at https://acme.example/a?b=c#frag2 is slow')).toEqual([]);
    expect(secrets('ask ops@acme-2.example about the sign in loop')).toEqual([]);
  });
});

describe('SECRET: a code that opens a door, an alarm, a safe or a card', () => {
  it.each([
    ['the cleaner needs the door code for the side entrance, its 8812#', '8812#'],
    ['alarm code 3391, key safe 0457 — dont post this in #general', '3391'],
    ['new debit card pin is 7730, old one cancelled', '7730'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('takes no zip, error or area code, nor a board’s pin, for one', () => {
    expect(secrets('the zip code is 94043 and the area code 415')).toEqual([]);
    expect(secrets('error code 2580 again after the update')).toEqual([]);
    expect(secrets('wire the led to GPIO pin 13')).toEqual([]);
  });
});

describe('SECRET: labels and entities are no passwords', () => {
  it('leaves a label in capitals and an HTML entity alone', () => {
    expect(secrets('I literally typed ISSUE#4471 into the login box')).toEqual([]);
    expect(secrets('the login page shows &lt;user#1&gt; instead of the name')).toEqual([]);
  });
});
