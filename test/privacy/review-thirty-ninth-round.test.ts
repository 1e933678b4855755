/**
 * The thirty-ninth round's families, in sentences of our own (not the evaluation sets'): names typed in lower case
 * whose words are also English words. Each rule with what it must find and what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('a lower-case given name and surname that are both words, doing what people do', () => {
  it.each([
    ['john smith signed the renewal yesterday', 'john smith'],
    ['mark brown is out sick today', 'mark brown'],
    ['fyi maria garcia is on leave next week', 'maria garcia'],
    ['john taylor from legal called about the NDA', 'john taylor'],
    ['grace hill wants the numbers by friday', 'grace hill'],
    ['olivia young is taking over the onboarding program', 'olivia young'],
    ['kate white wants the demo moved to thursday', 'kate white'],
    ["jack turner's laptop is still at the repair shop", 'jack turner'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'grace period ends friday, then the invoice is overdue',
    'will do, mark it as done',
    'victoria station is closed this weekend',
    'elizabeth line will be closed on sunday',
    "a jack daniel's tasting for the team social?",
    'which porsche or tesla model makes sense as a company car',
    'tomas back from leave tomorrow?',
  ])('leaves the words of %s', (text) => {
    expect(persons(text).filter((name) => name.includes(' '))).toEqual([]);
  });
});

describe('the given name left beside a lower-case surname already found', () => {
  it('takes a given name the lexicon knows into the span', () => {
    expect(persons("lee hana said she'll send the export tomorrow")).toEqual(['lee hana']);
  });

  it('does not take a word of another language, nor a possessive brand', () => {
    expect(persons('che lorena, pasame el link de la demo porfa')).not.toContain('che lorena');
    expect(persons("the client wants a jack daniel's bottle as the raffle prize")).not.toContain('jack daniel');
  });
});

describe('lower-case mentions of a listed given name', () => {
  it.each([
    ['@drew can u re-run the import for the harbour st job', 'drew'],
    ['@lance ur PR broke the scheduler tests', 'lance'],
    ['@june @victor standup moved to 9:30', 'victor'],
  ])('finds the person mentioned in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['npm i -D @types/node', '@media screen and (max-width: 600px) { body { margin: 0 } }', '@pytest.fixture\ndef client():', '@here standup in 5', '@page { size: A4 }'])(
    'leaves %s',
    (text) => {
      expect(persons(text)).toEqual([]);
    },
  );
});

describe('a listed name that is also a word, opening the line, asked something', () => {
  it.each([
    ['sandy can u send the parts portal login', 'sandy'],
    ['chase pls dont chase the client again', 'chase'],
    ['amber can you take a look at the dashboard', 'amber'],
    ['dean could you sign the timesheets', 'dean'],
  ])('finds the person asked in %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['will do, thanks', 'may need a restart after the patch', 'mark it as resolved pls', 'bill the client for the extra hours'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a listed name that is also a word, after a clause opens, doing what only people do', () => {
  it.each([
    ['heads up wade is taking over the ballarat contract next month', 'wade'],
    ['the pager went off twice, grace is covering the desk till 5', 'grace'],
    ['fyi may is out sick today', 'may'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['the summer is running late this year', 'prices went up and rose is the word for it', 'fyi bill is due on the 5th'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a name opening the line, then "ur" or "r u" put to it', () => {
  it.each([
    ['olu ur new number is on the on-call sheet right?', 'olu'],
    ['tendai r u still on the bridge call', 'tendai'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
});

describe('capitalised given names that are popular words', () => {
  it.each([
    ['Is Sky still covering the phones next week?', 'Sky'],
    ['Did Hope sign the offer letter?', 'Hope'],
    ['Autumn Hill is our new customer success lead', 'Autumn Hill'],
    ["Rocky Baker's van was in a minor prang, he's fine", 'Rocky Baker'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(["Rocky Road's new flavour is out", 'Is Summer a good time for the offsite?', 'Did River Island ship the uniforms?'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a name that has something, later referred to as he or she', () => {
  it.each([
    ['dawn just had her second baby, card in the kitchen', 'dawn'],
    ['Summer has the van keys this week, text her if you need in', 'Summer'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['the build has the old flag set, ask him about it', 'Redis has the session keys, ask her about the ttl'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('who is thanked, where the phrase ends after the name', () => {
  it.each([
    ['big thanks to hunter for covering the phones last night', 'hunter'],
    ['shoutout to dawn and the night crew 🙌', 'dawn'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['thanks to summer traffic the install is late', 'kudos to chase bank fraud team', 'congrats to Brightwave on the funding'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a found name that is also a word, written again', () => {
  it('takes it capitalised where no sentence starts', () => {
    expect(persons('Sue: morning all\nHunter: I have the Geelong update\nSue: go for it Hunter')).toEqual(['Sue', 'Hunter', 'Sue', 'Hunter']);
  });

  it('takes the given name in lower case as the person the line speaks to', () => {
    expect(persons('To: Jack Turner <jt@example.com>\n\njack - van 14 is booked in for friday')).toEqual(['Jack Turner', 'jack']);
    expect(persons('pat brown left his access card at reception. pat if ur reading this its at the desk')).toEqual(['pat brown', 'pat']);
  });

  it('leaves the word at a sentence start, and the word used as a word', () => {
    expect(persons('Will Smith approved it. Will we ship on friday?')).toEqual(['Will Smith']);
    expect(persons('Mark Brown signed it off, mark it as done')).toEqual(['Mark Brown']);
  });
});

describe('a term of address in lower case, where a name would stand', () => {
  it.each(['guys pls clean the kitchen before friday', 'sir can you check the invoice', 'boss can u approve this'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe("a saint's day typed in lower case", () => {
  it.each(["17 mar st patrick's day (ie only)", "st. david's day is a bank holiday there", "happy st andrew's day all"])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it("keeps someone's day off", () => {
    expect(persons("patrick's day off is friday, ask patrick")).toContain('patrick');
  });
});

describe('a name that is also a word, where a clause opens, spoken to or quoted from work', () => {
  it.each([
    ['the jar order is approved, mason can u pick them up on ur way in', 'mason'],
    ['hope from finance says the budget is frozen till april', 'hope'],
    ['cheers will 🍻', 'will'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['news from finance says the budget is frozen', 'support from the vendor team said no', 'cheers, will do 🍻'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a popular word name paired with a found name', () => {
  it('takes the word name beside the other person', () => {
    expect(persons('big one for hope and ikenna today 🙏')).toEqual(['hope', 'ikenna']);
  });

  it('leaves a word that takes a verb or a noun after it', () => {
    expect(persons('Priyanka Raman and will review it tomorrow')).toEqual(['Priyanka Raman']);
  });
});

describe("a lower-case given name opening a status line in Czech, Polish and their neighbours' languages", () => {
  it.each([
    ['petr je dneska na home office, standup vede jana', 'petr'],
    ['marek jest dzisiaj na urlopie, pisz do mnie', 'marek'],
  ])('finds the person in %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves a name without the state word after it', () => {
    expect(persons('kde je ta faktura za leden? prosím pošli')).toEqual([]);
  });
});

describe('towns before the work done at them, in the plural', () => {
  it('leaves "regina and saskatoon jobs are on hold"', () => {
    expect(persons('regina and saskatoon jobs are on hold til spring')).toEqual([]);
  });

  it('keeps people who install something', () => {
    expect(persons('Oluwaseun Adeyemi installs the agent on friday')).toEqual(['Oluwaseun Adeyemi']);
  });
});
