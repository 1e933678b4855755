/**
 * Reads the thirty-seventh privacy evaluation set ("word names": a ~400-person SaaS and field-services company with
 * offices in the US, the UK, Canada, Australia, Ireland and New Zealand, typing fast and casual in Slack — mostly lower
 * case, typos, slang and emoji — and pasting e-mail snippets, HR notes, support tickets, CSV rows, config, logs,
 * calendar invites, call notes and meeting transcripts; the focus is person names that are also ordinary English words
 * (will, mark, grace, rose, dawn, hunter, chase, smith, young, park, king, stone, swift …), mostly typed in lower case;
 * the PII-free side uses those same words as words — "will do", "bill the client", "grace period", "prices rose" —
 * beside public figures, products, bots and places named like people): the shared set reader bound to this folder,
 * with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
