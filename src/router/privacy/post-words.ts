/**
 * Posts written in capitals before the person who holds them: "our CFO Ingrid Dahl", "can our VP Rashida
 * Okeke sign". A post is no part of a thing's name, and the name after it is a person's.
 */
const POST_ACRONYMS: ReadonlySet<string> = new Set(
  'CEO CFO CTO COO CIO CISO CMO CPO CRO CDO CHRO CCO CSO VP SVP EVP AVP GM MD EM AE SDR BDR CSM TAM DPO GC'.split(' '),
);

/** `word` as written: "CFO", not "cfo" (a lower-case "md" is a file's extension). */
export function isPostAcronym(word: string): boolean {
  return POST_ACRONYMS.has(word);
}
