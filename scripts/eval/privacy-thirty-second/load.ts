/**
 * Reads the thirty-second privacy evaluation set ("secrets as people really paste them": Slack and Discord chat at a
 * software company where people paste what they have while asking for help — registry and tool credential files,
 * Kubernetes, compose, Helm, Terraform and framework configs, connection strings with awkward passwords, command lines
 * and shell history, request and response headers, HAR and Postman exports, presigned and SAS URLs, webhook URLs,
 * vendor tokens of many formats, private-key blocks, secrets hard-coded in code, tests, logs and CI output, and
 * passwords, PINs, door, alarm and safe codes, recovery codes and TOTP seeds said in prose in English, German, Spanish,
 * French, Portuguese, Polish, Dutch and Italian; the PII-free side uses the same key names and shapes with
 * placeholders, masked and truncated keys, documentation example keys, public keys and certificates, hashes, digests
 * and ids, and talk about passwords without any): the shared set reader bound to this folder, with the same exports as
 * the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
