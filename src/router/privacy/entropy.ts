/**
 * Shannon entropy in bits per character. Real keys are random (≈4–6 bits/char);
 * placeholders and words people type in their place (`changeme`, `aaaa…`) score far lower.
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / value.length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}
