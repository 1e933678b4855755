/** Names in the same place of the items of a row: rotas, sign-off lists, birthday lists, approval ticks. */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string): string[] => foundOfType(text, 'PERSON');

describe('PERSON: the names of a row written on one line', () => {
  it.each([
    ['Thandiwe on payments, Bartosz floating, Reed on support. rest of us on the migration', ['Thandiwe', 'Bartosz', 'Reed']],
    ['anniversaries this month: 4th — Radomir, 17th — Siosaia, 29th — Hazel 🎉', ['Radomir', 'Siosaia', 'Hazel']],
    ['expense sign-off: Ekwueme ✅ Gold ✅ Lindqvist ⏳', ['Ekwueme', 'Gold', 'Lindqvist']],
    ['merge needs a review from one of: nwachukwu-hale, fisher, bishop', ['nwachukwu-hale', 'fisher', 'bishop']],
    ['standup host next wk: mon - oluwaseun, tue - patience, wed - anjali, thu - summer', ['oluwaseun', 'patience', 'anjali', 'summer']],
    ['pager this week\nsat – ingeborg\nsun – joy\nmon – nikhil', ['ingeborg', 'joy', 'nikhil']],
    ['mon - kwame\ntue - faith\nwed - tendai', ['kwame', 'faith', 'tendai']],
  ])('finds every person in %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    'Kafka on prod, Redis on staging, Postgres on both',
    'Monday: Leeds, Tuesday: Porto, Wednesday: remote',
    'meal prep: mon - lentils, tue - risotto, wed - leftovers, thu - ramen',
    'deploy freeze: mon - staging, tue - canary, wed - prod, fri - none',
    'menu: mon - shakshuka, tue - bibimbap, wed - pierogi',
    'classes: mon - pilates, tue - zumba, wed - crossfit',
    'stack: go, rust, python, ruby',
    'employee,dob,ni',
    'the deal closed, congrats team, drinks at 6',
    'Ship it to staging, Bump the version, Tag the release',
  ])('leaves %j alone', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('PERSON: a Markdown table column that holds names', () => {
  it('takes the other name-shaped cells of a column with two names found, but not its header', () => {
    const table = '| Reviewer | Signed | Date |\n|---|---|---|\n| Ngozi Adeyemi | ✅ | 3/4 |\n| Kasia Nowak | ❌ | — |\n| Tembo | ✅ | 3/5 |';
    expect(people(table)).toEqual(['Ngozi Adeyemi', 'Kasia Nowak', 'Tembo']);
    expect(people('| Tembo | ✅ |')).toEqual([]);
  });

  it('leaves a column of services alone, and the services and statuses in a column of names', () => {
    const table = '| Service | Status |\n|---|---|\n| Billing | ok |\n| Search | degraded |\n| Gateway | ok |';
    expect(people(table)).toEqual([]);
    const owners = '| Owner |\n|---|\n| Ngozi Adeyemi |\n| Kasia Nowak |\n| Pending Review |\n| Stripe |';
    expect(people(owners)).toEqual(['Ngozi Adeyemi', 'Kasia Nowak']);
  });
});

/**
 * Minutes and sign-off lists write given names as initials: "Present: J. Okwuosa (chair), R. Castellanos,
 * M. Haddad". The initial's period ends no item and opens no sentence, and the name in the item's first
 * place is the surname after the initials, masked with them. Written before the rule.
 */
describe('PERSON: list items whose given names are initials', () => {
  it.each([
    ['Present: J. Okwuosa (chair), R. Castellanos, M. Haddad', ['J. Okwuosa', 'R. Castellanos', 'M. Haddad']],
    ['reviewers: A. Nwachukwu, B. Stone, C. Frost', ['A. Nwachukwu', 'B. Stone', 'C. Frost']],
    ['sign-off from T. Adeyemi; K. Boateng; L. Fitzgerald', ['T. Adeyemi', 'K. Boateng', 'L. Fitzgerald']],
  ])('finds every person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it('leaves options with letters alone', () => {
    expect(foundOfType('options: Plan A. Fast, Plan B. Cheap, Plan C. Later', 'PERSON')).toEqual([]);
  });
});

/**
 * A list of people writes some of them in full: "Lagi, Sefa Tuilagi, Ife, Mele Fonua". An item that is
 * wholly a name found already is one more person in the row, whichever place its slot is read in, so the
 * one-word items beside it are read as the row's names too — but not under a label that lists things
 * ("rooms: Turing, Ada Lovelace, Hopper": a room named after a scientist vouches for no other room).
 * Written before the rule.
 */
describe('PERSON: lists with names written in full', () => {
  it.each([
    ['raffle winners: Lagi, Sefa Tuilagi, Ife, Mele Fonua', ['Lagi', 'Sefa Tuilagi', 'Ife', 'Mele Fonua']],
  ])('finds every person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    ['meeting rooms: Turing, Ada Lovelace, Hopper, Curie', ['Ada Lovelace']],
    ['stack for the rewrite: Postgres, Redis Cluster, Kafka, Temporal', []],
  ])('reads no more people into %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it('reads a shop export row by row, the address of each row left to the address rule', () => {
    const rows =
      'order export, split the addresses pls:\n#2201 | Imogen Thwaite | flat 4 19 grange road edinburgh eh9 1ub\n#2202 | Rhys ap Gwilym | 2 Penlan Terrace Aberystwyth SY23 1PE\n' +
      '#2203 | Ciarán Mac Lochlainn | 7 Quay Street Galway H91 X2Y3\n#2204 | Paddy | 12 Mallow Road Cork T12 XK4P';
    expect(foundOfType(rows, 'PERSON')).toEqual(['Imogen Thwaite', 'Rhys ap Gwilym', 'Ciarán Mac Lochlainn', 'Paddy']);
  });
});
