/**
 * Discord's "Copy ID" gives 18–19 digit ids; written bare in YAML (`1310000000000000204:` or
 * `[1310000000000000204]`) they become JavaScript numbers and round to a *different* id, so a
 * confidential channel's policy silently keys some other channel. The file is read once more with
 * integers kept exact (BigInt) and any integer a number cannot hold is refused, naming where it is
 * and how to write it, before its rounded value can be used anywhere.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { ConfigIssue } from '../errors.ts';

export function findUnsafeIntegers(text: string): ConfigIssue[] {
  const document = parseDocument(text, { intAsBigInt: true });
  if (document.errors.length > 0) return [];
  const issues: ConfigIssue[] = [];
  walk(document.contents, [], issues);
  return issues;
}

function walk(node: unknown, path: string[], issues: ConfigIssue[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyText = scalarText(pair.key);
      if (isUnsafe(pair.key)) issues.push(issueAt([...path, keyText], keyText, 'as a key'));
      walk(pair.value, [...path, keyText], issues);
    }
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item, [...path, String(index)], issues));
    return;
  }
  if (isUnsafe(node)) issues.push(issueAt(path, scalarText(node), 'as a value'));
}

function isUnsafe(node: unknown): boolean {
  if (!isScalar(node)) return false;
  if (typeof node.value === 'bigint') return node.value > BigInt(Number.MAX_SAFE_INTEGER) || node.value < BigInt(Number.MIN_SAFE_INTEGER);
  // An id written as a float (`1310000000000000204.0`, `1.31e18`) rounds just the same.
  return typeof node.value === 'number' && Number.isFinite(node.value) && Math.abs(node.value) > Number.MAX_SAFE_INTEGER;
}

function scalarText(node: unknown): string {
  if (isScalar(node)) return typeof node.source === 'string' ? node.source : String(node.value);
  return String((node as YamlNode | null)?.toJSON?.() ?? node);
}

function issueAt(path: string[], written: string, where: string): ConfigIssue {
  const integer = /^[+-]?[\d_]+$/.test(written);
  // `1310000000000000204.0` is the id 1310000000000000204 written as a float; `1.31e18` names no exact id.
  const digits = integer ? written : /^[+-]?[\d_]+\.0*$/.test(written) ? written.replace(/\.0*$/, '') : undefined;
  const fix = digits === undefined ? 'write the id as its digits in quotes' : `quote Discord ids: '${digits.replace(/[_+]/g, '')}'`;
  return {
    key: path.join('.'),
    value: integer ? BigInt(written.replace(/[_+]/g, '')) : written,
    allowed: `a quoted string; unquoted, YAML rounds this number ${where} to another id — ${fix}`,
  };
}
