/**
 * SQLite's varints, as FTS5 writes them in its shadow tables (the averages record, each row's sizes):
 * big-endian groups of 7 bits, the high bit set while more follow; a 9th byte carries 8 bits.
 */
export function readVarint(block: Uint8Array, start: number): { value: number; length: number } {
  let value = 0;
  for (let index = 0; index < 9 && start + index < block.length; index++) {
    const byte = block[start + index]!;
    if (index === 8) return { value: value * 256 + byte, length: 9 };
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, length: index + 1 };
  }
  return { value, length: Math.max(1, block.length - start) };
}

/** The sum of the varints from `start` to the end of the block: one per column, a row's or the index's tokens. */
export function sumOfVarints(block: Uint8Array, start = 0): number {
  let total = 0;
  for (let offset = start; offset < block.length; ) {
    const { value, length } = readVarint(block, offset);
    total += value;
    offset += length;
  }
  return total;
}
