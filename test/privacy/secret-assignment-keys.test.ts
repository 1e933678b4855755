import { describe, expect, it } from 'vitest';
import { detectSecretAssignments } from '../../src/router/privacy/detect-secret-assignments.ts';

/** The assignment pattern is tried only within a key's reach of each `:` or `=`; keys at the edge of that reach. */
function secrets(text: string): string[] {
  return detectSecretAssignments(text).map((secret) => secret.value);
}

describe('SECRET assignments: where the key can sit', () => {
  it('reads a key of 80 characters with spaces and tabs before its operator', () => {
    expect(secrets(`${'a'.repeat(70)}_password\t\t      = "S3cr3t-Val!x"`)).toEqual(['S3cr3t-Val!x']);
  });

  it('finds nothing when the identifier before the operator is longer than a key can be', () => {
    expect(secrets(`${'a'.repeat(80)}_password = "S3cr3t-Val!x"`)).toEqual([]);
  });

  it('reads a key that starts after a dot or a dollar sign only as the whole identifier', () => {
    expect(secrets('x.db_password := Zz9!kq2Lm0')).toEqual(['Zz9!kq2Lm0']);
    expect(secrets('ok $api_key=Zz9kq2Lm0Pq7Rt5Xw3')).toEqual([]);
  });

  it('reads the next key inside the value of a key that holds no secret', () => {
    expect(secrets('config: "password": "S3cr3t-Val!x"')).toEqual(['S3cr3t-Val!x']);
  });
});
