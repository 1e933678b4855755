import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

/** Teams and departments are addressed like people ("thanks Platform"), but they are English words. */
describe('PERSON: capitalised English words after a greeting or cc are teams, not people', () => {
  it('leaves team and department words alone', () => {
    for (const text of ['thanks Platform for the quick turnaround', 'cc Payroll on the bonus run', 'Hi Procurement, the PO is attached']) {
      expect(redact(text).entities).toEqual([]);
    }
  });

  it('still masks a name nobody listed after the same cues', () => {
    expect(redact('thanks Oluwaseun for the quick turnaround').text).toBe('thanks [PERSON] for the quick turnaround');
    expect(redact('cc Ngozi Okafor on the bonus run').text).toBe('cc [PERSON] on the bonus run');
  });

  it('keeps a known place together instead of reading its second word as a first name', () => {
    expect(redact('| New York, San Francisco, London, Zurich | $250 |').entities).toEqual([]);
  });
});

describe('PERSON: places and months the lexicon lists as first names, used as things', () => {
  it('leaves "our Austin office", "Sydney users", "in January" alone', () => {
    for (const text of ['our Austin office lease is up in June', 'timezone bug: Sydney users see the wrong date', 'the audit kicks off in January']) {
      expect(redact(text).entities).toEqual([]);
    }
  });

  it('still masks the same words as people when cued', () => {
    expect(redact('thanks Austin for the review').text).toBe('thanks [PERSON] for the review');
  });
});

describe('PERSON: a lone unlisted word mid-sentence followed by a past-tense verb', () => {
  it('masks the doer', () => {
    expect(redact('lol Porfiriusz just pushed to main again').text).toBe('lol [PERSON] just pushed to main again');
    expect(redact('fyi Annikki merged the hotfix').text).toBe('fyi [PERSON] merged the hotfix');
  });

  it('leaves a thing introduced as a thing', () => {
    expect(redact('fyi the Dockerfile pinned node 18').entities).toEqual([]);
  });
});
