import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';

const memberNames = ['Alice Johnson', 'Bob Stone', 'Mark Twain', 'Zhang Wei', 'Siobhán Ní Bhriain', 'Will Turner'];

describe('PERSON from the member directory', () => {
  it('matches full names case-insensitively and whole-word', () => {
    expect(found('ALICE JOHNSON and bob stone approved the bobsled stonework', { memberNames })).toEqual([
      'PERSON:ALICE JOHNSON',
      'PERSON:bob stone',
    ]);
  });

  it('matches first names and surnames alone, without possessives or punctuation', () => {
    expect(foundOfType("Alice's PR broke it, ask Stone. Thanks, Siobhán!", 'PERSON', { memberNames })).toEqual([
      'Alice',
      'Stone',
      'Siobhán',
    ]);
  });

  it('takes common-word names only when capitalised and not a sentence-opening verb', () => {
    expect(foundOfType('Mark the ticket as done. I will ask Will later, Mark agreed.', 'PERSON', { memberNames })).toEqual(['Will', 'Mark']);
    expect(foundOfType('Will, can you review?', 'PERSON', { memberNames })).toEqual(['Will']);
  });

  it('finds names inside handles but not inside email addresses (the email wins)', () => {
    expect(found('cc @alice, mail alice.johnson@example.com', { memberNames })).toEqual([
      'PERSON:alice',
      'EMAIL:alice.johnson@example.com',
    ]);
  });
});

describe('PERSON from language analysis', () => {
  it('finds names that are not in the directory, trimmed of punctuation and possessives', () => {
    expect(found("Hey Sarah Connor, can you ping Raj Patel's team? Thanks, Jim.")).toEqual([
      'PERSON:Sarah Connor',
      'PERSON:Raj Patel',
      'PERSON:Jim',
    ]);
  });

  it('keeps honorifics with the name and joins split surnames', () => {
    expect(foundOfType("Sent by Dr. Hannah Weber and Alice Johnson's manager", 'PERSON')).toEqual(['Dr. Hannah Weber', 'Alice Johnson']);
  });

  it('takes an unknown capitalised word being greeted as a name', () => {
    expect(foundOfType('Hi Oluwaseun, the build is red', 'PERSON')).toEqual(['Oluwaseun']);
  });

  it('does not tag ordinary sentences, product names or sentence-opening verbs', () => {
    const text =
      'My card is expired. The Kubernetes cluster in Frankfurt is down. Grant access to the Grafana board. Ask Claude to summarise the Jenkins log.';
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
