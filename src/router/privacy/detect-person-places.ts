import { detectActionItems, detectLoneActionItems } from './detect-person-action-items.ts';
import { detectAppositions } from './detect-person-apposition.ts';
import { detectDescribedPeople } from './detect-person-described.ts';
import { detectJointSubjects } from './detect-person-joint-subjects.ts';
import { detectAskedAboutPeople } from './detect-person-questions.ts';
import { detectUnlistedPeopleBySlot } from './detect-person-unlisted-slots.ts';
import { detectBracketedNicknames } from './detect-person-nicknames.ts';
import { detectRelations } from './detect-person-relations.ts';
import { detectRequestedNames } from './detect-person-requests.ts';
import { detectShoutedAddress } from './detect-person-shouted.ts';
import { detectStatusLines } from './detect-person-status-lines.ts';
import type { Token } from './recall-words.ts';
import type { Candidate } from './types.ts';

/**
 * Names that are also words ("Rocky", "walker", "phoenix", "KING"), found by the place they hold in
 * the message rather than by the word: a nickname before the full name in brackets, an item of a
 * standup line or of a meeting's action items ("- bill to chase legal"), the addressee of a message in capitals, the holder of a post ("my manager walker"), a
 * member of a team or a relation ("Swift from security", "marsh's manager"), someone added to a channel, someone
 * sharing a subject with "I" ("Sage and I will pair"), someone asked about or waited on ("did chidinma get it"),
 * someone with a family or described as she or he ("Ngozi and family", "Gift Banda, she was…").
 * Each reads the words the other passes already split, or skips the message on a cheap check.
 */
export function detectNamesByPlace(text: string, tokens: readonly Token[]): Candidate[] {
  return [
    ...detectBracketedNicknames(text),
    ...detectStatusLines(text),
    ...detectActionItems(text),
    ...detectLoneActionItems(text, tokens),
    ...detectShoutedAddress(text, tokens),
    ...detectAppositions(text, tokens),
    ...detectRelations(text, tokens),
    ...detectRequestedNames(text, tokens),
    ...detectJointSubjects(text, tokens),
    ...detectAskedAboutPeople(text, tokens),
    ...detectUnlistedPeopleBySlot(text, tokens),
    ...detectDescribedPeople(text),
  ];
}
