import { describe, expect, it } from 'vitest';
import { detectSecretAssignments } from '../../src/router/privacy/detect-secret-assignments.ts';
import { foundOfType } from './helpers.ts';

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

/**
 * A secret handed over as a call's arguments or set by subscript, its key quoted: PHP's `define('DB_PASSWORD',
 * '…')`, Java's `props.put("db.password", "…")`, Ruby's `ENV.fetch('STRIPE_SECRET', '…')`, Python's
 * `os.environ['API_KEY'] = '…'`. The key names the secret as in `KEY=value`, and the value is judged the same way.
 * Written before the rule.
 */
describe('SECRET: a quoted key and its value as arguments or a subscript', () => {
  it.each([
    ["define( 'DB_PASSWORD', 'pR3ss!ure-Valve' );", 'pR3ss!ure-Valve'],
    ['props.put("db.password", "Wint3r-Is-C0ming");', 'Wint3r-Is-C0ming'],
    ["config.set('api_key', 'q7Rt9vX2mK4pL8sN');", 'q7Rt9vX2mK4pL8sN'],
    ["ENV.fetch('STRIPE_SECRET', 'rk9f8a7b6c5d4e3f2a1b')", 'rk9f8a7b6c5d4e3f2a1b'],
    ["os.environ['API_KEY'] = 'q7Rt9vX2mK4pL8sN'", 'q7Rt9vX2mK4pL8sN'],
    ["define('AUTH_KEY', 'Xq|7%Lr]c2@W!zN#e9^bT0&uY(pD3*gK');", 'Xq|7%Lr]c2@W!zN#e9^bT0&uY(pD3*gK'],
  ])('finds the secret in %j', (text, secret) => {
    expect(foundOfType(`staging can't reach the db since the move, relevant bits:\n${text}\nany idea?`, 'SECRET')).toEqual([secret]);
  });

  it.each([
    "define('DB_NAME', 'wp_marketing');",
    "config.set('password_policy', 'strict');",
    "os.environ['API_KEY'] = os.environ['OLD_API_KEY']",
    "ENV.fetch('SECRET_KEY_BASE', nil)",
    "t('password', 'Password')",
    // A fresh-eyes review's: translations and form fields, a label for the value.
    "$lang['password'] = 'Passwort';",
    'messages.put("password", "Kennwort")',
    "t('password', 'Mot de passe')",
    "form.addField('password', 'PasswordInput')",
  ])('leaves %j alone', (text) => {
    expect(foundOfType(`config bit:\n${text}\nwhat's wrong?`, 'SECRET')).toEqual([]);
  });
});
