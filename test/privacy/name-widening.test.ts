import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';
import { foundOfType } from './helpers.ts';

/** Every part of a multi-part name leaves the message, and a title in front of a surname goes with it. */
describe('PERSON: name parts the English word list lacks join the name found beside them', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['third part of a Vietnamese name', 'Thanks to Nguyen Thanh Hai for the quick fix'],
    ['given name frequent on the web', 'Bea Leclerc approved it but Juste Legrand wants another look'],
    ['place used as a first name', 'Washington Okonjo approved the refund'],
    ['shouted three-part name', 'PLEASE CALL BACK NGUYEN THANH HAI TODAY'],
  ];
  for (const [label, text] of cases) {
    it(label, () => {
      const { text: masked } = redact(text);
      for (const part of ['Thanh', 'Hai', 'Juste', 'Washington', 'THANH', 'HAI']) {
        if (text.includes(part)) expect(masked).not.toContain(part);
      }
    });
  }

  it('takes the title into the span', () => {
    expect(redact('can u ask sister donnelly if the invoices went out?').text).toBe('can u ask [PERSON] if the invoices went out?');
    expect(redact('i spoke to mrs haddad yesterday about the lease').text).toBe('i spoke to [PERSON] yesterday about the lease');
  });

  it('does not grow over English words, products or chat words', () => {
    expect(redact('Priya Raman said the Kubernetes upgrade is done').text).toBe('[PERSON] said the Kubernetes upgrade is done');
    expect(redact('Hi Oluwaseun, thanks for the review').text).toBe('Hi [PERSON], thanks for the review');
  });

  it('never alters a message without a name', () => {
    for (const text of ['Terraform Cloud keeps timing out on plan', 'Growth Squad is running the pricing test']) {
      expect(redact(text).entities).toEqual([]);
    }
  });
});

describe('PERSON: an acronym after a lower-case title-like word is a unit or a rank, not a surname', () => {
  it('leaves "ms CPU" and "sr SRE" alone but keeps shouted and capitalised titles', () => {
    expect(redact('p99 is 12 ms CPU per answer').entities).toEqual([]);
    expect(redact('we need a sr SRE for the platform team').entities).toEqual([]);
    expect(redact('Mr ĐINH from accounting keeps emailing').text).toBe('[PERSON] from accounting keeps emailing');
    expect(redact('MR LI FROM ACCOUNTING CALLED').entities.map((entity) => entity.type)).toEqual(['PERSON']);
  });
});

describe('PERSON: a name found once is masked wherever the message repeats it', () => {
  it('masks a later mention of a word of a found name', () => {
    const text = 'attendees: Norbert Roger, Césaire Bernard\n- action: Césaire to send the deck';
    expect(redact(text).text).toBe('attendees: [PERSON], [PERSON]\n- action: [PERSON] to send the deck');
  });

  it('follows a name only as written: in another case the same letters are a tool, an acronym or a word', () => {
    // Tried in the eighteenth round (any case) and dropped after a review: these were masked.
    expect(redact('ask Sarah Jenkins, she wrote the jenkins pipeline').text).toBe('ask [PERSON], she wrote the jenkins pipeline');
    expect(redact('Minh Dao wrote the DAO layer').text).toBe('[PERSON] wrote the DAO layer');
  });

  it('does not follow English words of a name ("Grace", "Rose")', () => {
    const { text, entities } = redact('thanks to Grace Smith, the grace period is over');
    expect(text).toBe('thanks to [PERSON], the grace period is over');
    expect(entities).toHaveLength(1);
    expect(redact('ask Rose Brown, the rose garden is closed').text).toBe('ask [PERSON], the rose garden is closed');
  });

  it('takes a capitalised English surname after a lone first name', () => {
    expect(redact('apparently Edgar Mills is leaving end of month').text).toBe('apparently [PERSON] is leaving end of month');
  });
});

describe('PERSON: a surname written as its initial, and a name after someone\'s post', () => {
  it('takes the initial after a given name, never the pronoun I', () => {
    expect(redact('leave requests from Oksana T and Femi, can you check').text).toBe('leave requests from [PERSON] and [PERSON], can you check');
    expect(redact('on the rota: Bongani, Leilani K, Tavita').text).not.toContain('Leilani K');
    expect(redact('thanks Tendai I think that works').text).toBe('thanks [PERSON] I think that works');
    expect(redact('ask Amara A/B test results please').text).toBe('ask [PERSON] A/B test results please');
    expect(redact('thanks Maria A lot for that').text).toBe('thanks [PERSON] A lot for that');
  });

  it('takes a capitalised unlisted word after a held post as the person', () => {
    expect(redact('met with her husband Oyelowo, he wants the refund').text).toBe('met with her husband [PERSON], he wants the refund');
    expect(redact('my manager Kwabena approved it').text).toBe('my manager [PERSON] approved it');
    expect(redact('our partner Twilio is down again today').entities).toEqual([]);
    expect(redact('my manager Okta locked me out this morning').entities).toEqual([]);
  });
});

/**
 * A pronoun with its verb contracted ("It’s", "I’m", "You’re", "We’re", "She’s") is no part of the name
 * after it: "It’s Priya from sales" masks Priya and keeps "It’s", so the reply still reads as a sentence.
 * A name's own apostrophe stays in it ("D’Souza", "O’Neill"). Written before the rule.
 */
describe('PERSON: a contracted pronoun before a name is not one of its parts', () => {
  it.each([
    ['It’s Priya from sales', ['Priya']],
    ['I’m Priya Raman from sales', ['Priya Raman']],
    ['You’re Priya, right?', ['Priya']],
    ['We’re Priya and Tom, the new analysts', ['Priya', 'Tom']],
    ['ask D’Souza about the invoice', ['D’Souza']],
  ])('masks only the name in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });
});
