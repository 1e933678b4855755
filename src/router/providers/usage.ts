/** SDK types promise numbers, but servers omit or null counts they did not measure: keep those undefined. */
export function reportedCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
