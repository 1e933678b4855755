/**
 * What a fresh-eyes review of this round's rules found, each now held: names the new place, saint, storm and
 * firm rules let out; secrets a placeholder or login rule let out; and code, hashes, paths, public keys and
 * prose the new secret, login and birth rules masked. Sentences and values written by the reviewer.
 */
import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';

describe('review: names and secrets the round\'s rules must not let out', () => {
  it.each([
    ['Please email Storm Henriksen the new contract.', 'Storm Henriksen'],
    ['After the meeting storm Priya called', 'Priya'],
    ['I forwarded the deck to Jordan, Georgia will review it tomorrow.', 'Georgia'],
    ['The payslips for Madison, Georgia are wrong.', 'Madison'],
    ['Sent the invoice to Lincoln, Victoria.', 'Victoria'],
    ["I'm having dinner with Fannie Mae on Saturday.", 'Fannie Mae'],
    ["I'm meeting Ben & Jerry tomorrow at 10", 'Jerry'],
  ])('PERSON in %j', (text, name) => {
    expect(foundOfType(text, 'PERSON').some((value) => value.includes(name))).toBe(true);
  });

  it.each([
    ['db password is $Welcome123!', '$Welcome123!'],
    ['password: changeme!', 'changeme!'],
    ['password=${DB_PASS:-"S3cr3t!x9"}', 'S3cr3t!x9'],
    ['net use Z: \\\\srv01\\share Pa55w0rd! /user:CORP\\jdoe', 'Pa55w0rd!'],
    ['net use Z: \\\\srv01\\share /u:CORP\\jdoe Pa55w0rd!', 'Pa55w0rd!'],
  ])('SECRET in %j', (text, secret) => {
    expect(foundOfType(text, 'SECRET')).toContain(secret);
  });
});

describe('review: ordinary text the round\'s rules must leave alone', () => {
  it.each([
    'cv.imread returned None for every frame',
    'tf.einsum crashed on GPU',
    'replaced it with np.einsum and it worked',
    'pg_dumpall failed with exit code 1',
    'it crashes in this.handleUserProfileUpdateV2Callback when saving',
    'const c = readFile("./src/components/UserProfileCard2.tsx")',
    'web3.eth.getBalance("0x742d35Cc6634C0532925a3b844Bc454e4438f44e")',
    'const s = atob("SGVsbG8gV29ybGQhIFRoaXMgaXMgYSB0ZXN0IHN0cmluZw==")',
    "passport.authenticate('local', 'session')",
    'idempotency_key: 8f14e45fceea167a5a36dedd4bea2543',
    'RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
    'git log: fix auth 9fceb02d0ae598e95dc970b74767f19372d61af8',
    'we use the login AzureAdB2CSignInPolicy2024 for staff',
    'Which machine? I opened machine settings, then login page, and the password field is empty',
    'net use Z: \\\\srv01\\share /user:CORP\\svc_backup /persistent:yes',
    'the file is img_20240115_aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX.jpg',
    'The CEO was born in the U.S. The report dated 03/04/1987 is attached.',
    'La NATO il 4 aprile 1949 firmò il trattato.',
    'CPR certificate 48213377 renewed',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
