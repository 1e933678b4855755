/**
 * People the whole world reads about — public figures, characters, firms and works written as a popular Wikipedia
 * article's title — are not the company's people; colleagues who share such a name, in a message that treats them
 * as someone here, stay masked. Sentences of our own, written before the rule.
 */
import { describe, expect, it } from 'vitest';
import { isPopularTitle, titleKey } from '../../src/router/privacy/wikipedia-titles.ts';
import { foundOfType } from './helpers.ts';

describe('the popular Wikipedia titles', () => {
  it('are read from the package: a name of two words as written, any case, accents or not', () => {
    expect(isPopularTitle(titleKey('Marie Curie'))).toBe(true);
    expect(isPopularTitle(titleKey('NELSON MANDELA'))).toBe(true);
    expect(isPopularTitle(titleKey('alfonso cuaron'))).toBe(true);
  });

  it('leave out one-word titles, which colleagues are named as often', () => {
    expect(isPopularTitle(titleKey('Bishop'))).toBe(false);
  });
});

describe('PERSON: a public figure or a character is nobody here', () => {
  it.each([
    // A famous name with nothing public said of it may be anyone's: a colleague, a customer, a candidate — also
    // beside words people use at work and at home too: a letter, a tweet, reading, "would've".
    ['Kate Bush needs the signed NDA back before friday', ['Kate Bush']],
    ["can u summarise Sundar Pichai's letter to the team in 5 bullets", ['Sundar Pichai']],
    ['reading Jane Austen on the train, zero regrets', ['Jane Austen']],
    ["Tim Berners-Lee would've hated our cookie banner", ['Tim Berners-Lee']],
    ['waiting on Paul McCartney for the Q2 forecast', ['Paul McCartney']],
    ['Richard Branson thinks we should delay the launch', ['Richard Branson']],
    // One decision per name: a word of it found elsewhere as somebody's keeps the whole name masked.
    ["Jane Austen's novels are on the shelf, Austen said she'd bring more", ['Jane Austen', 'Austen']],
  ])('keeps %j masked without a public word', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    // Works only the famous have, a meme's frame, a coinage on the name, an office, what a room is named after.
    "Barack Obama's memoir is next month's book club pick",
    'very Gordon Ramsay energy in the design review today',
    'we need a Marie Kondo-style cleanup of the backlog',
    'President Barack Obama quote for the closing slide?',
    'the new meeting rooms are named after Rosa Parks and Katherine Johnson',
    // A win the news reports, a title word before a quoted name, a biopic.
    "Lionel Messi won another Ballon d'Or and #random is unbearable",
    'is the film "Forrest Gump" too cheesy for the onboarding deck?',
    'Nelson Mandela biopic night in the big room on friday',
    // A distinctive name in a sentence of the world of fame.
    'Max Verstappen on pole again, the formula 1 sweepstake is basically over',
    'GORDON RAMSAY-level feedback from the catering review',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });

  it.each([
    // Asked something, cc'd, met: someone the writer deals with.
    ['ask Morgan Freeman in finance for the PO', ['Morgan Freeman']],
    ['cc Paul McCartney on the renewal thread', ['Paul McCartney']],
    // A post or a relation before the name, a bracket, a team, work said of them.
    ['our new hire Lewis Hamilton needs a laptop by monday', ['Lewis Hamilton']],
    ['Richard Branson (the contractor, not the billionaire) sent the invoice', ['Richard Branson']],
    ['Michael Jackson from procurement approved it', ['Michael Jackson']],
    ['Jeff Bezos is out sick today, who covers the queue', ['Jeff Bezos']],
    ["Mark Zuckerberg's laptop is still with IT", ['Mark Zuckerberg']],
    // Handed something, office work done or owned, and every member of a list a cue or a predicate reaches.
    ['forwarded it to Nelson Mandela yesterday, no reply yet', ['Nelson Mandela']],
    ['Rosa Parks approved the travel request this morning', ['Rosa Parks']],
    ["where are Gordon Ramsay's slides for the QBR", ['Gordon Ramsay']],
    ['thanks Jane Austen and Paul McCartney for covering support', ['Jane Austen', 'Paul McCartney']],
    ['Usain Bolt and Greta Thunberg are both on leave next week', ['Usain Bolt', 'Greta Thunberg']],
    // Listed with someone nobody has heard of: a list of people here.
    ['standup order: Priyanka Deshmukh, Harry Potter, Tomasz Wiśniewski', ['Priyanka Deshmukh', 'Harry Potter', 'Tomasz Wiśniewski']],
    // A message with someone's details is about someone.
    ['Barack Obama, barack.obama@fernlea-logistics.co.uk, wants a callback', ['Barack Obama']],
  ])('keeps the colleague in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });
});
