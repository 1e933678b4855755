import { expect } from 'vitest';
import { detectEntities, type DetectedEntity, type EntityType, type GuardOptions } from '../../src/router/privacy/index.ts';

/** Detects, asserts every offset is exact, and returns `TYPE:value` pairs for compact expectations. */
export function found(text: string, options?: GuardOptions): string[] {
  const entities = detectEntities(text, options);
  expectExactOffsets(text, entities);
  return entities.map((entity) => `${entity.type}:${entity.value}`);
}

export function foundOfType(text: string, type: EntityType, options?: GuardOptions): string[] {
  return detectEntities(text, options)
    .filter((entity) => entity.type === type)
    .map((entity) => entity.value);
}

export function expectExactOffsets(text: string, entities: readonly DetectedEntity[]): void {
  let previousEnd = 0;
  for (const entity of entities) {
    expect(text.slice(entity.start, entity.end)).toBe(entity.value);
    expect(entity.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = entity.end;
  }
}
