import { detectCandidates, prepareOptions, toPublicEntity } from './detect-entities.ts';
import type { DetectedEntity, GuardOptions } from './types.ts';

/** One-way masking with typed masks (`[EMAIL]`, `[SECRET]`), for logs and anything that never comes back. */
export function redact(text: string, options?: GuardOptions): { text: string; entities: DetectedEntity[] } {
  const entities = detectCandidates(text, prepareOptions(options)).map(toPublicEntity);
  let output = '';
  let cursor = 0;
  for (const entity of entities) {
    output += text.slice(cursor, entity.start) + `[${entity.type}]`;
    cursor = entity.end;
  }
  return { text: output + text.slice(cursor), entities };
}
