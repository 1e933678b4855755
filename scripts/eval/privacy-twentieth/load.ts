/**
 * Reads the twentieth privacy evaluation set (requests that would be escalated to a cloud model at a
 * ~300-person company — debugging with pasted stack traces, logs, SQL, configs and secrets; contracts,
 * offer, termination, reference and visa letters; CSV and table analysis of customers, payroll,
 * expenses and refunds; support threads, CRM rows and call notes; rewrite, reply and translate
 * requests, some in other languages — with private people of many origins and their contact details,
 * identifiers, cards, IBANs, IP addresses and secrets on the labelled side, and PII-free messages of
 * the same kinds of work naming only firms, brands, tools, places, public figures, fictional
 * characters and placeholders): the shared set reader bound to this folder, with the same exports as
 * the fourteenth set's `load.ts` so the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
