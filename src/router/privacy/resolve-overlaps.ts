import type { Candidate, EntityType, SecretKind } from './types.ts';

/** Credentials outrank everything: a name inside a token is part of the token. */
const TIER: Readonly<Record<EntityType, number>> = {
  SECRET: 3,
  URL_CREDENTIALS: 2,
  EMAIL: 1,
  IBAN: 1,
  CREDIT_CARD: 1,
  US_SSN: 1,
  IP_ADDRESS: 1,
  ADDRESS: 1,
  DATE_OF_BIRTH: 1,
  ID_NUMBER: 1,
  PHONE: 1,
  PERSON: 1,
};

/** Tie-break among equal-length spans of one tier: the stronger validity check wins. */
const TYPE_RANK: Readonly<Record<EntityType, number>> = {
  SECRET: 9,
  URL_CREDENTIALS: 8,
  EMAIL: 7,
  IBAN: 6,
  CREDIT_CARD: 5,
  US_SSN: 4,
  IP_ADDRESS: 3,
  ID_NUMBER: 3,
  DATE_OF_BIRTH: 2,
  PHONE: 2,
  ADDRESS: 1,
  PERSON: 1,
};

const GENERIC_SECRET_KINDS: ReadonlySet<SecretKind> = new Set(['assigned-secret', 'bearer-token', 'basic-auth']);

function compareStrength(left: Candidate, right: Candidate): number {
  return (
    TIER[right.type] - TIER[left.type] ||
    right.end - right.start - (left.end - left.start) ||
    TYPE_RANK[right.type] - TYPE_RANK[left.type] ||
    kindRank(right) - kindRank(left) ||
    left.start - right.start
  );
}

function kindRank(candidate: Candidate): number {
  return candidate.secretKind === undefined || GENERIC_SECRET_KINDS.has(candidate.secretKind) ? 0 : 1;
}

/**
 * Deterministic overlap resolution: strongest first (tier, then length, then type, then position).
 * A weaker span inside a stronger one is dropped. A weaker span that sticks out of a stronger one
 * widens the stronger one to the union, because dropping it would leave part of it in the clear.
 */
export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Candidate[] {
  const accepted: Candidate[] = [];
  for (const candidate of sortedByStrength(candidates)) {
    const winner = firstOverlapping(accepted, candidate);
    if (winner === undefined) {
      accepted.push(copyOf(candidate));
    } else if (candidate.start < winner.start || candidate.end > winner.end) {
      widen(text, winner, candidate.start, candidate.end);
    }
  }
  return mergeTouching(text, accepted.sort((left, right) => left.start - right.start));
}

/**
 * The candidates in `compareStrength` order. Each candidate's ranks are read once rather than in every
 * comparison (a message has dozens of candidates, mostly the same names found by several passes); the
 * sort is stable, so ties keep their input order exactly as sorting with `compareStrength` does.
 */
function sortedByStrength(candidates: readonly Candidate[]): Candidate[] {
  const keyed = candidates.map((candidate) => ({
    candidate,
    tier: TIER[candidate.type],
    length: candidate.end - candidate.start,
    rank: TYPE_RANK[candidate.type],
    kind: kindRank(candidate),
  }));
  keyed.sort((left, right) => right.tier - left.tier || right.length - left.length || right.rank - left.rank || right.kind - left.kind || left.candidate.start - right.candidate.start);
  return keyed.map((entry) => entry.candidate);
}

/**
 * A copy of the candidate's own fields, always all six of them (an absent kind or identity is
 * `undefined`). A spread (`{ ...candidate }`) is a slow generic copy here: the detectors build candidates
 * in many shapes. One shape for every settled candidate keeps the passes after this one (widening,
 * non-person uses, list slots, repeats, later overlap rounds) reading fields from one known layout rather
 * than looking each one up, and the missing ones up the prototype chain, on every access.
 */
function copyOf(candidate: Candidate): Candidate {
  return { type: candidate.type, start: candidate.start, end: candidate.end, value: candidate.value, secretKind: candidate.secretKind, identity: candidate.identity };
}

function firstOverlapping(accepted: readonly Candidate[], candidate: Candidate): Candidate | undefined {
  for (const entity of accepted) {
    if (entity.start < candidate.end && candidate.start < entity.end) return entity;
  }
  return undefined;
}

function widen(text: string, entity: Candidate, start: number, end: number): void {
  entity.start = Math.min(entity.start, start);
  entity.end = Math.max(entity.end, end);
  entity.value = text.slice(entity.start, entity.end);
  // Cleared rather than deleted: a deleted field turns the object into a slow dictionary.
  entity.identity = undefined;
}

/** Widening can make two accepted spans overlap; fold them, keeping the stronger one's type. */
function mergeTouching(text: string, sorted: Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  for (const entity of sorted) {
    const previous = result[result.length - 1];
    if (previous === undefined || entity.start >= previous.end) {
      result.push(entity);
      continue;
    }
    const stronger = compareStrength(previous, entity) <= 0 ? previous : entity;
    const merged = copyOf(stronger);
    widen(text, merged, Math.min(previous.start, entity.start), Math.max(previous.end, entity.end));
    result[result.length - 1] = merged;
  }
  return result;
}
