/**
 * The fortieth round's families, in sentences of our own (not the evaluation sets'): lower-case names whose surname
 * is an English word, and word names in a list with people already found. Each rule with what it must find and
 * what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('a given name that is no word, then a surname that is one, before a verb', () => {
  it.each([
    ['tess marsh is on her way to the depot', 'tess marsh'],
    ['ok so dom wise made the call on the supplier', 'dom wise'],
    ['fyi sean bird was first in this morning', 'sean bird'],
    ['priya long flagged the duplicate invoices', 'priya long'],
    ['omar wise has the keys this week', 'omar wise'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    ['tariq strong opinions incoming lol', 'tariq strong'],
    ['elon musk tweeted about it again', 'elon musk'],
    ['dallas and houston numbers are in the sheet', 'houston numbers'],
    ['az login fails behind the proxy', 'az login'],
    ['masayoshi son announced another fund', 'masayoshi son'],
  ])('does not read "%s" as one name', (text, pair) => {
    expect(persons(text)).not.toContain(pair);
  });
});

describe('a word name opening a list of people already found', () => {
  it.each([
    ['Hope, Jay and Wade – please send your timesheets', 'Hope'],
    ['ok hope, kwame and tendai are covering', 'hope'],
  ])('finds the first member of %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('reads no room named after a scientist into a list beside a name written in full', () => {
    expect(persons('meeting rooms: Turing, Ada Lovelace, Hopper, Curie')).not.toContain('Turing');
  });

  it('takes no word before a comma that ends a clause', () => {
    expect(persons('thanks, Wade and Priya')).toEqual(['Wade', 'Priya']);
  });
});

describe('who a request or a ticket passed through, after its record label', () => {
  it.each([
    ['Requested by: Dawn Marsh', 'Dawn Marsh'],
    ['Assigned to: Rose Bush', 'Rose Bush'],
    ['Approved by: Ngozi Obi\nRequested by: Hope Stone\nAmount: $2,340.00', 'Hope Stone'],
  ])('finds the person in %j', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['Created by: Jenkins', 'Raised by: Finance', 'Assigned to: Platform team', 'Assigned to: Summer Intern'])('finds no one in %j', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('word names before their own details', () => {
  it.each([
    ['Penny Wood – DOB 02/03/1990', 'Penny Wood'],
    ['Will Stone | DOB 1990-03-02', 'Will Stone'],
    ['Ivy Green (ivy.g@acme.io)', 'Ivy Green'],
  ])('finds the holder in %j', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['Support Desk (help@acme.com)', 'Service Line – 0800 123 456', 'Reading Room, tel. 0412 555 019'])('finds no one in %j', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('records a request lists between slashes, after naming their fields', () => {
  const request = [
    'the visa agent needs these (last name/first name/dob/passport no):',
    '',
    '1. OKONKWO / CHIDI / 02 FEB 1988 / A09384756',
    '2. DE LA CRUZ / MARÍA JOSÉ / 14/07/1992 / XK4471093',
    '',
    'can u format them as a table',
  ].join('\n');

  it('masks every field the list names, whatever it looks like', () => {
    const found = foundOfType(request, 'PERSON').join(' ');
    expect(found).toContain('OKONKWO');
    expect(found).toContain('DE LA CRUZ');
    expect(found).toContain('MARÍA JOSÉ');
    expect(foundOfType(request, 'DATE_OF_BIRTH')).toEqual(['02 FEB 1988', '14/07/1992']);
    expect(foundOfType(request, 'ID_NUMBER')).toEqual(['A09384756', 'XK4471093']);
  });

  it('reads no record where the slashes name no person\'s fields', () => {
    expect(foundOfType('which of these (ci/cd/release notes):\n\nbuild / test / deploy\nlint / fmt / audit', 'PERSON')).toEqual([]);
  });
});

describe('a given name after a verb whose object is a person, before what the person gets', () => {
  it.each([
    ['write Kwabena a thank you for the jollof', 'Kwabena'],
    ['pls book thandiwe on the 7am to joburg', 'thandiwe'],
    ['send Tendai the deck before the call', 'Tendai'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['can u write alt text for a team photo', 'install Kafka and write Python', 'pay Stripe invoices monthly'])('finds no one in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a listed given name opening a line, then a comma and the message to that person', () => {
  it.each([
    ['Faisal, our bot token is in the vault now', 'Faisal'],
    ['Tendai, the invoice went out this morning', 'Tendai'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['Hallo, the build is red again', 'Oya, lets ship it', 'Kafka, Redis and Postgres are all down'])('finds no one in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a name no list holds, out for the day or the week', () => {
  it.each([
    ['dilnoza is out today, ask otabek', 'dilnoza'],
    ['Zsofi is out all week', 'Zsofi'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['Power is out today in the office', 'the wifi is out today again'])('finds no one in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a capitalised name no list holds, which the next clause calls she or he', () => {
  it.each([
    ["anyone got a spare HDMI adapter? asking for Ngaio, she's presenting in 5 min", 'Ngaio'],
    ['the new laptop is for Tamati, he starts monday', 'Tamati'],
    ['quick one about Ngaire, she wants the deck', 'Ngaire'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    ['Gandalf books a trip to Rivendell, his luggage is lost in transit', 'Rivendell'],
    ['we moved everything to Vercel, he says it is faster', 'Vercel'],
  ])('does not take the place or product in %s', (text, word) => {
    expect(persons(text)).not.toContain(word);
  });
});

describe('a post in brackets after a name, with no determiner', () => {
  it.each([
    ['jack ryan (contractor, infra) needs VPN access extended', 'jack ryan'],
    ['Pike (AE) owns the renewal now', 'Pike'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['Grafana (ops) is down again', 'Kafka (lead broker) is down'])('finds no one in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe("who a photo's caption names", () => {
  it('takes every capitalised item after "left to right" or "pictured"', () => {
    expect(persons('photo caption, left to right: Amber, Jun, Sunny and Bong')).toEqual(['Amber', 'Jun', 'Sunny', 'Bong']);
    expect(persons('pictured: Faith, Hope and Grace at the offsite')).toEqual(['Faith', 'Hope', 'Grace']);
  });

  it.each(['drew up the contract template, legal to review', 'RUN apt-get install -y --no-install-recommends curl ca-certificates', 'sort the columns left to right by date'])(
    'reads no caption inside %s',
    (text) => {
      expect(persons(text)).toEqual([]);
    },
  );
});

describe('she or he in a clause a question word opens', () => {
  it('reads the name before it', () => {
    expect(persons('office gift swap: I got Tamsin 🎁 any idea what she likes?')).toContain('Tamsin');
  });

  it('takes no thing for the person', () => {
    expect(persons('the price is high, no idea how she got that quote')).toEqual([]);
  });
});

describe("a given name only a language's first-name list holds, capitalised mid-sentence in English", () => {
  it.each([
    ['agreed the PIP with Svenja last week, pls draft the letter', 'Svenja'],
    ['the handover is with Gerlinde. pls cc her', 'Gerlinde'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('takes no place from those lists for someone', () => {
    expect(persons('the deploy to Lyon finished, all green')).toEqual([]);
  });
});
