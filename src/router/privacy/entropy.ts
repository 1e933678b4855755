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

/**
 * How far below the entropy a random string of its length and alphabet is expected to have a value may fall and still
 * count as random: about the 0.1 % quantile of random strings — 0.5–0.6 bits for 16–32 characters.
 */
const RANDOM_MARGIN = 0.6;
const expected = new Map<string, number>();

/**
 * The entropy a string of `length` characters drawn uniformly from `alphabet` symbols has on average (exact: by
 * linearity, each symbol appears k times with binomial probability). A random 32-character hex key has 3.61 bits per
 * character on average and falls below 3.5 one time in five; a 16-character mixed-case token has 3.77 — so one floor
 * for every token rejects real keys of small alphabets and short lengths.
 */
export function expectedEntropy(length: number, alphabet: number): number {
  const key = `${length}:${alphabet}`;
  const known = expected.get(key);
  if (known !== undefined) return known;
  const p = 1 / alphabet;
  let logChoose = 0;
  let sum = 0;
  for (let k = 1; k <= length; k += 1) {
    logChoose += Math.log(length - k + 1) - Math.log(k);
    const probability = Math.exp(logChoose + k * Math.log(p) + (length - k) * Math.log1p(-p));
    const share = k / length;
    sum -= probability * share * Math.log2(share);
  }
  const entropy = alphabet * sum;
  expected.set(key, entropy);
  return entropy;
}

/**
 * Random for a key of its shape: entropy no more than RANDOM_MARGIN below what a random string of its length and alphabet
 * (hex, lower case and digits, or both cases) has, and never more demanding than `floor`.
 */
export function isRandomEnough(value: string, floor: number): boolean {
  const alphabet = /^[0-9a-f]+$/i.test(value) ? 16 : /^[a-z0-9]+$/.test(value) ? 36 : 64;
  return shannonEntropy(value) >= Math.min(floor, expectedEntropy(value.length, alphabet) - RANDOM_MARGIN);
}
