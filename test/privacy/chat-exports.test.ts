/**
 * Speakers of pasted chat exports, written for this test (not taken from an evaluation set): WhatsApp's
 * dated stamps, quoted threads, initials in handles, two-letter names, and transcripts of people whom
 * no other pass knows.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';
import { foundOfType } from './helpers.ts';

const masked = (text: string) => redact(text).text;

describe('speakers of a pasted chat export', () => {
  it('after a WhatsApp stamp with its date, in either of its two layouts', () => {
    expect(masked('who said what?\n[12/03/2025, 19:02] Folake: leaving now\n[12/03/2025, 19:05] Yetunde: k see u there')).toBe(
      'who said what?\n[12/03/2025, 19:02] [PERSON]: leaving now\n[12/03/2025, 19:05] [PERSON]: k see u there',
    );
    expect(masked('3/14/24, 9:41 PM - Odalys: can u cover sat\n3/14/24, 9:43 PM - Marisol: yes')).toBe('3/14/24, 9:41 PM - [PERSON]: can u cover sat\n3/14/24, 9:43 PM - [PERSON]: yes');
  });

  it('behind quote marks and bullets', () => {
    expect(masked('draft a reply:\n> Tatiana: can we push the launch?\n> Wojciech: no, marketing is booked')).toBe('draft a reply:\n> [PERSON]: can we push the launch?\n> [PERSON]: no, marketing is booked');
    expect(masked('- marisol: done with the migration\n- ignacio: reviewing now')).toBe('- [PERSON]: done with the migration\n- [PERSON]: reviewing now');
  });

  it('with an initial in the handle, and two-letter names, once the transcript is of people', () => {
    expect(masked('[14:01] priya.r: deploy?\n[14:02] tomasz: go')).toBe('[14:01] [PERSON]: deploy?\n[14:02] [PERSON]: go');
    expect(masked('standup\nsvetlana: on leave\nhamid: fixing the importer\ned: ooo')).toBe('standup\n[PERSON]: on leave\n[PERSON]: fixing the importer\n[PERSON]: ooo');
  });

  it('two people of the names list make a transcript, and its unlisted speakers are people too', () => {
    expect(masked('svetlana: ship it\nhamid: not yet\nThandolwethu: agree with hamid')).toBe('[PERSON]: ship it\n[PERSON]: not yet\n[PERSON]: agree with [PERSON]');
  });

  it("after WhatsApp's mark for a sender not in the contacts, and its Spanish-locale time", () => {
    expect(masked('[02/05/2025, 18:02:11] ~ Yetunde: on my way\n[02/05/2025, 18:03:40] ~ Folasade: ok')).toBe('[02/05/2025, 18:02:11] ~ [PERSON]: on my way\n[02/05/2025, 18:03:40] ~ [PERSON]: ok');
    expect(masked('02/05/2025, 6:02 p. m. - Yetunde: on my way\n02/05/2025, 6:03 p. m. - Folasade: ok')).toBe('02/05/2025, 6:02 p. m. - [PERSON]: on my way\n02/05/2025, 6:03 p. m. - [PERSON]: ok');
  });

  it('not config keys, log levels, bots or tools, whatever else is in the lines', () => {
    for (const text of [
      // Found by a review: versions bumped, a daemon's log with its ISO date, a region in a timed log.
      'deps bumped:\ngradle: 8.5 -> 8.7\nnetty: 4.1.100 -> 4.1.108\njackson: 2.15 -> 2.17',
      'vite: v5.0.2\nmongo: 6.0\nchai: ^4.3.0\nsinon: ^17.0.0',
      '2024-05-01 10:02:03 kubelet: failed to pull image\n2024-05-01 10:02:04 dockerd: shim disconnected',
      '[14:03] eu: ok\n[14:04] us: degraded',
      // Found by a second review: a daemon's log with a day, a manifest's one-number versions.
      '01.05.2024 10:02:03 containerd: starting\n01.05.2024 10:02:04 dockerd: listening',
      'ava: 6\nsinon: 17',
      'host: db1.internal\nport: 5432\nuser: app',
      '[09:00] info: started\n[09:01] warn: slow query\n[09:02] error: timeout',
      'svetlana: bumped the lockfile\nrenovate: opened a PR\nkubectl: not found\napiVersion: v1',
      '- name: api\n  image: node:20\n- name: worker\n  image: node:20',
    ]) {
      expect(masked(text).replace(/\[PERSON\]: bumped/u, 'svetlana: bumped')).toBe(text);
    }
  });
});

describe('PERSON: a dotted or underscored speaker whose given name is also a word', () => {
  it('reads "first.last" as the speaker when one part is a name and the other a listed given name', () => {
    const text = '[09:12] hope_adebayo: can someone take the pager tonight\n[09:13] marcus.oyelaran: i will\n[09:14] hope_adebayo: ty';
    expect(foundOfType(text, 'PERSON')).toEqual(expect.arrayContaining(['hope_adebayo', 'marcus.oyelaran']));
  });

  it('still reads no config key as a speaker', () => {
    expect(foundOfType('[10:01] max_retries: 5\n[10:02] node_modules: missing', 'PERSON')).toEqual([]);
  });
});
