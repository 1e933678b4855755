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

/**
 * Twilio's credentials: the Account SID ("AC" and 32 hex digits) or an API key SID ("SK" and 32), and the auth token or
 * key secret that goes with it, 32 hex digits with no prefix of their own. Alone, 32 hex digits are as often a hash
 * or a trace id; beside a SID on its line ("SK… : 9c2b…") or passed with a Twilio credential read from the
 * environment (`require("twilio")(process.env.TWILIO_ACCOUNT_SID, "5d8e…")`), they are its token. OpenWeather's key goes in an
 * `appid=` parameter. Written before the rule.
 */
describe('SECRET: a Twilio SID and the token beside it, an appid', () => {
  it('finds the SID and the token on one line', () => {
    const text = 'rotating creds after the contractor left, which of these go first?\nsms: SK7d3e9a1c5b8f2e6d4a9c1b7e3f5d8a2c : 9c2b7e4f1a6d3c8b5e2f7a4d1c6b9e3f\nmaps: still the old one';
    expect(foundOfType(text, 'SECRET')).toEqual(['SK7d3e9a1c5b8f2e6d4a9c1b7e3f5d8a2c', '9c2b7e4f1a6d3c8b5e2f7a4d1c6b9e3f']);
  });

  it('finds the token passed beside a Twilio credential from the environment', () => {
    const text = 'review pls, it runs from cron:\nconst twilio = require("twilio")(process.env.TWILIO_ACCOUNT_SID, "5d8e2a9f4c7b1e6d3a8f5c2b9e4d7a1f");\nawait twilio.messages.create({ to, from, body })';
    expect(foundOfType(text, 'SECRET')).toEqual(['5d8e2a9f4c7b1e6d3a8f5c2b9e4d7a1f']);
  });

  it('finds an OpenWeather key in its appid parameter', () => {
    const text = 'curl "https://api.openweathermap.org/data/3.0/onecall?lat=51.5&lon=-0.12&appid=7e3a9c1f5b8d2e6a4c9f1b7d3e5a8c2f" returns 401 since monday';
    expect(foundOfType(text, 'SECRET')).toEqual(['7e3a9c1f5b8d2e6a4c9f1b7d3e5a8c2f']);
  });

  it('leaves hashes and trace ids alone', () => {
    expect(foundOfType('md5 of the export is 9c2b7e4f1a6d3c8b5e2f7a4d1c6b9e3f, same as yesterday', 'SECRET')).toEqual([]);
    expect(foundOfType('trace_id=5d8e2a9f4c7b1e6d3a8f5c2b9e4d7a1f span=12', 'SECRET')).toEqual([]);
    expect(foundOfType('appid=12345 in the sample config', 'SECRET')).toEqual([]);
  });
});
