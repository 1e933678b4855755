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
    expect(redact('Forrest remembers how the legacy cron was wired').text).toBe('[PERSON] remembers how the legacy cron was wired');
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
      'Spring knows how to wire the beans for you',
      'Sterling had a rough week against the euro',
      'Dallas had a rough night, the datacenter lost power',
      'summer had a busy week for bookings',
      'Washington believes the tariffs will stick',
      'give Chase a call about the business account',
      'the alert reports to Slack now',
    ]) {
      expect(redact(text).entities.filter((entity) => entity.type === 'PERSON'), text).toEqual([]);
    }
  });

  it('takes a word-name that joins as a role, is kind or rude, is right about something, or is someone\'s twin', () => {
    expect(redact('Dusty joins as our new support lead next week').text).toBe('[PERSON] joins as our new support lead next week');
    expect(redact('Summer Frost starts as head of design in june').text).toBe('[PERSON] starts as head of design in june');
    expect(redact('Brook and Storm are our new designers, say hi').text).toBe('[PERSON] and [PERSON] are our new designers, say hi');
    expect(redact('Sunny was super helpful with the sso mess').text).toBe('[PERSON] was super helpful with the sso mess');
    expect(redact('tbh Chase was right about the retry budget').text).toBe('tbh [PERSON] was right about the retry budget');
    expect(redact('did you know Hazel and Rose are cousins').text).toBe('did you know [PERSON] and [PERSON] are cousins');
    expect(redact('Dawn and Rusty are married, seat them together').text).toBe('[PERSON] and [PERSON] are married, seat them together');
  });

  it('still takes people whose names are also products, by what only people do', () => {
    expect(redact('Miro is on leave until friday').text).toBe('[PERSON] is on leave until friday');
    expect(redact('Safari is out sick today, she will be back monday').text).toContain('[PERSON] is out sick');
  });

  it('takes who someone reports to, who is given a raise or a heads-up, and who created a ticket', () => {
    expect(redact('from monday Glen reports to Frost').text).toBe('from monday [PERSON] reports to [PERSON]');
    expect(redact('someone give Poppy a raise').text).toBe('someone give [PERSON] a raise');
    expect(redact('give Hunter a heads up before you merge').text).toBe('give [PERSON] a heads up before you merge');
    expect(redact('Status: Open\nCreator: Bud\nLabels: billing').text).toBe('Status: Open\nCreator: [PERSON]\nLabels: billing');
  });

  it('leaves seasons, jobs, documents and services that start, are right or report', () => {
    for (const text of [
      'Summer starts on june 21 this year',
      'the job starts as a cron at midnight',
      'the doc is wrong about the port',
      'these two services are siblings in the tree',
      'Kafka and Redis are the new brokers in the stack',
      'the alert reports to Slack',
      'the new search is super helpful',
      'give Summer a try, the new tier is cheap',
      'Creator: Platform team',
    ]) {
      expect(redact(text).entities.filter((entity) => entity.type === 'PERSON'), text).toEqual([]);
    }
  });
});
