/**
 * Faults a fresh-eyes review found in the twenty-second round's rules (placeholder names, lists of towns,
 * passages in other scripts, kin and bracketed roles, dotted logins, modal word-names, teams in people lists,
 * people columns), each in the reviewer's own message.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('review, twenty-second round: leaks', () => {
  it.each([
    // A placeholder's name is a real person's too, unless an example is spoken of right beside it.
    ['Maria da Silva from the São Paulo office still hasn’t signed the expense form', ['Maria da Silva']],
    ['can you add Jens Hansen to the deck for friday, he’s presenting the Q3 numbers', ['Jens Hansen']],
    ['Ivan Ivanov called again about his refund, I put the details in the spreadsheet', ['Ivan Ivanov']],
    ['pls send the demo recording to Mario Rossi, he missed it', ['Mario Rossi']],
    ['the default approver is Jan Kowalski until the reorg lands', ['Jan Kowalski']],
    // A person is no account.
    ['Priya is our accounts payable clerk, ask her', ['Priya']],
    ['fyi Ayesha Siddiqui is a key account for the private banking desk', ['Ayesha Siddiqui']],
    ['Dmitri Volkov is a strategic account, he’s our biggest private client', ['Dmitri Volkov']],
    // Towns that are given names, listed as people.
    ['Phoenix and Jordan took the on-call swap', ['Jordan']],
    ['Milan or Jordan can take this one', ['Jordan']],
    ['can someone review Austin and Charlotte PR before 5', ['Austin', 'Charlotte']],
    ['Tyler and Madison OK’d the budget', ['Tyler', 'Madison']],
    ['Tyler and Savannah (Georgia) have the keys', ['Tyler', 'Savannah']],
    ['i have full confidence in Austin and Charlotte to run the launch', ['Austin', 'Charlotte']],
    ['we’re interested in Jordan and Charlotte for the lead role', ['Jordan', 'Charlotte']],
    ['the new hires sit near Tyler and Madison', ['Tyler', 'Madison']],
    // A plural site noun is also a verb.
    ['apparently Wojciech stores passwords in a txt file', ['Wojciech']],
    ['ok so Tomasz branches off develop and never rebases', ['Tomasz']],
    // Kin: names ending in -ed, and kin words the list lacked.
    ['she is staying with her cousin Mehmed for two weeks', ['Mehmed']],
    ['my brother-in-law Tendai is visiting, can i take friday off', ['Tendai']],
    ['my bf Kwame is picking me up at 5', ['Kwame']],
    // A surname that is also a word for a team.
    ['reviewers: Tan Boon Eng, Legal Ops', ['Tan Boon Eng']],
  ])('masks the people in %j', (text, names) => {
    const found = persons(text).join(' | ');
    for (const name of names) expect(found).toContain(name);
  });

  it('masks one-word logins and given names under an assignee column', () => {
    expect(persons('assignee,ticket\njsmith,OPS-1\nMark,OPS-2')).toEqual(['jsmith', 'Mark']);
  });
});

describe('review, twenty-second round: over-masking', () => {
  it.each([
    // Code: a variable's short member is no login.
    'while n.val < target: n = n.next',
    'sort by p.lat then p.lon and dedupe',
    'the helper uses b.min and b.max for the bounds',
    // Greetings and set phrases opening a pasted passage.
    'for my mum: "שלום מה שלומך, אני מקווה שהכל בסדר אצלכם"',
    'from a customer: "Спасибо большое, всё работает отлично теперь"',
    'reply to "Добрый день, уважаемые коллеги, отчёт готов"',
    'what does this mean: "本日もご苦労様です。資料は共有フォルダにあります"',
    // Firms and words in brackets after a role.
    'the complainant (Northwind Ltd) wants a call',
    'the witness (Acme Security) sent footage',
    'the Salesforce guy (Tableau) can demo it',
    'the person (Anonymous) left feedback',
    // Trains and typos.
    'Reading is on the train line to Bristol',
    'hope the supplier will confirmed the order',
    'the customer will called back after lunch',
    // Kin before a brand.
    'my mom Facetimes me every sunday',
    'my nephew Roblox account got hacked',
  ])('leaves %j alone', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('keeps a firm after a post acronym when a thing noun follows the firm', () => {
    expect(persons('the MD Anderson RFP closes friday')).toEqual([]);
  });
});
