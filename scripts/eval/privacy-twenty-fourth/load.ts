/**
 * Reads the twenty-fourth privacy evaluation set ("famous names and the people at work": Slack and
 * Discord chat at a ~300-person software and services company where public figures, fictional
 * characters and things named after people sit right next to colleagues, customers, candidates and
 * vendors' staff — book-club polls, quizzes, sweepstakes, speaker lists, calendar invites, CSV rows,
 * e-mail signatures, meeting notes and requests to the bot. The labelled side names private people,
 * many of whom share a first name, surname or full name with a singer, actor, athlete, politician or
 * character, with their e-mails, phones, addresses, birth dates, identifiers, cards, IBANs, IP
 * addresses and secrets; the PII-free side names only public figures, fictional characters, firms,
 * awards, laws, theorems, rooms, airports and streets named after people, placeholders and places
 * that are also given names): the shared set reader bound to this folder, with the same exports as
 * the fourteenth set's `load.ts` so the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
