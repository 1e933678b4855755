import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

/**
 * A name that is also an English word ("Baker", "Hazel", "Marsh") is a person by what is said of it:
 * what it knows or noticed, the night or week it had, the company it keeps. Products, seasons and
 * places say none of these.
 */
describe('PERSON: a word-name by what only people do', () => {
  it('takes a word-name that knows, noticed, remembers or took a photo', () => {
    expect(redact('Baker noticed the refund totals were off by a cent').text).toBe('[PERSON] noticed the refund totals were off by a cent');
    expect(redact('i think Hazel knows where the old terraform state lives').text).toBe('i think [PERSON] knows where the old terraform state lives');
    expect(redact('Sterling remembers how the legacy cron was wired').text).toBe('[PERSON] remembers how the legacy cron was wired');
    expect(redact('Skye took a pic of the whiteboard before they wiped it').text).toBe('[PERSON] took a pic of the whiteboard before they wiped it');
    expect(redact('fwiw Reed reckons the vendor will cave on price').text).toBe('fwiw [PERSON] reckons the vendor will cave on price');
  });

  it('takes a word-name that had a rough night or a quiet shift', () => {
    expect(redact('Hunter had a rough night on the pager, three wake-ups').text).toBe('[PERSON] had a rough night on the pager, three wake-ups');
    expect(redact('handover: Brook had a quiet shift, nothing to flag').text).toBe('handover: [PERSON] had a quiet shift, nothing to flag');
  });

  it('takes a word-name met, paired or lunched with, in chat spelling too', () => {
    expect(redact('pairing w/ Marsh on the flaky checkout test this afternoon').text).toBe('pairing w/ [PERSON] on the flaky checkout test this afternoon');
    expect(redact('i had lunch with Heath and he wants to move teams').text).toBe('i had lunch with [PERSON] and he wants to move teams');
    expect(redact('quick 1:1 w/ Dale at 4, then the retro').text).toBe('quick 1:1 w/ [PERSON] at 4, then the retro');
  });

  it('leaves seasons, services and places that saw, had or synced with something', () => {
    for (const text of [
      'Summer saw record signups, winter was quiet',
      'Phoenix saw a spike in 502s after the deploy',
      'we had a rough night on the pager, three wake-ups',
      'the team had a quiet week, nothing shipped',
      'sync with Salesforce runs every hour',
      'integrate with Stripe before the launch',
      'the cabin is near the marsh, bring boots',
      'i know Redis knows nothing about the schema',
    ]) {
      expect(redact(text).entities.filter((entity) => entity.type === 'PERSON'), text).toEqual([]);
    }
  });
});
