/**
 * Reads the third privacy evaluation set: the shared set reader bound to this folder. The names
 * exported here are kept so the set's well-formedness test and older commands keep working.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  labelledPathIn,
  loadLabelledFrom,
  loadPiiFreeFrom,
  piiFreePathIn,
  type LabelledMessage,
  type PiiFreeMessage,
} from '../privacy-set/load.ts';

export {
  halfOfId,
  startOfValue,
  VALUE_TYPES,
  type Half,
  type LabelledMessage,
  type LabelledValue,
  type PiiFreeMessage,
  type ValueType,
} from '../privacy-set/load.ts';

export const SET_FOLDER = dirname(fileURLToPath(import.meta.url));
export const LABELLED_PATH = labelledPathIn(SET_FOLDER);
export const PII_FREE_PATH = piiFreePathIn(SET_FOLDER);

export const loadLabelled = (): LabelledMessage[] => loadLabelledFrom(SET_FOLDER);
export const loadPiiFree = (): PiiFreeMessage[] => loadPiiFreeFrom(SET_FOLDER);
