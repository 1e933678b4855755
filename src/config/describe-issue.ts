/** Turns a zod issue into the "allowed:" half of a config error, in words an operator can act on. */
import type { z } from 'zod';
import { configSchema } from './schema.ts';

type Issue = z.core.$ZodIssue;

export function describeAllowed(issue: Issue, path: readonly PropertyKey[]): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(path.slice(0, -1));
      return known.length > 0 ? `not a known key; known keys here: ${known.join(', ')}` : 'not a known key';
    }
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_type':
      return isGeneric(issue.message) ? `a value of type ${issue.expected}` : issue.message;
    case 'too_small':
      return isGeneric(issue.message) ? `at least ${String(issue.minimum)}` : issue.message;
    case 'too_big':
      return isGeneric(issue.message) ? `at most ${String(issue.maximum)}` : issue.message;
    default:
      return issue.message;
  }
}

function isGeneric(message: string): boolean {
  return /^(Invalid input|Too (small|big))/i.test(message);
}

/** Walks the schema (through defaults and optionals) to list the keys a section accepts. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = configSchema;
  for (const key of path) {
    const shape = objectShape(schema);
    if (shape) schema = shape[String(key)];
    else schema = recordValue(schema);
    if (schema === undefined) return [];
  }
  return Object.keys(objectShape(schema) ?? {});
}

interface SchemaInternals {
  _zod: { def: { type: string; innerType?: unknown; shape?: Record<string, unknown>; valueType?: unknown } };
}

function unwrap(schema: unknown): SchemaInternals | undefined {
  let current = schema as SchemaInternals | undefined;
  while (current?._zod?.def.innerType) current = current._zod.def.innerType as SchemaInternals;
  return current;
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  const inner = unwrap(schema);
  return inner?._zod.def.type === 'object' ? inner._zod.def.shape : undefined;
}

function recordValue(schema: unknown): unknown {
  const inner = unwrap(schema);
  return inner?._zod.def.type === 'record' ? inner._zod.def.valueType : undefined;
}
