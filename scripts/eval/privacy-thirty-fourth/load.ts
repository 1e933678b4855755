/**
 * Reads the thirty-fourth privacy evaluation set ("IT help-desk and ops tickets pasted into chat": the IT, DevOps,
 * HR-systems and finance-systems people of a ~500-person company paste what users sent them — password and BitLocker
 * resets, MFA and VPN re-enrolments, hardware shipments, screenshot OCR, sign-in and mail logs, access requests, expense
 * errors, HR and payroll export rows, configs, CI logs, `.env` files, kubeconfigs, cURL calls, database URLs, Wi-Fi and
 * door codes — in English with German, French, Spanish, Dutch, Hinglish and Arabic-English mixes; the PII-free side is
 * the same kinds of tickets with placeholders, masked values, documentation examples, public keys and certificates,
 * hashes, UUIDs, ticket, asset and version numbers, public figures and product names): the shared set reader bound to
 * this folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
