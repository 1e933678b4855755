/** Check-digit rules of the national ids the guard accepts without a cue. */

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Aadhaar: 12 digits, the first 2–9, valid under Verhoeff. */
export function isAadhaar(digits: string): boolean {
  if (!/^[2-9]\d{11}$/.test(digits)) return false;
  let check = 0;
  const reversed = digits.split('').reverse().map(Number);
  reversed.forEach((digit, index) => {
    check = VERHOEFF_D[check]![VERHOEFF_P[index % 8]![digit]!]!;
  });
  return check === 0;
}

/** Spanish DNI: eight digits and the letter of their remainder mod 23. */
export function isSpanishDni(value: string): boolean {
  const match = /^(\d{8})([A-Z])$/i.exec(value);
  return match !== null && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(match[1]) % 23] === match[2]!.toUpperCase();
}

/** Brazilian CPF: two mod-11 check digits. */
export function isCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const values = digits.split('').map(Number);
  const check = (length: number): number => {
    const sum = values.slice(0, length).reduce((total, digit, index) => total + digit * (length + 1 - index), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return check(9) === values[9] && check(10) === values[10];
}

/** UK National Insurance prefixes that are never issued. */
export function isIssuedNiPrefix(prefix: string): boolean {
  return !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix.toUpperCase());
}
