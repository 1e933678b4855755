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

describe('second review: the later secret, label and table rules', () => {
  it.each([
    ['password = pk_live_51HabcDEF123xyz', 'pk_live_51HabcDEF123xyz'],
    ['my password is ^Xk9mQ2pLw$', '^Xk9mQ2pLw$'],
    ['password: (secret)Xk9#mQ2pLw', '(secret)Xk9#mQ2pLw'],
    ["password: ${{ 'Xk9#mQ2pLw' }}", "${{"],
  ])('still masks %j', (text, secret) => {
    expect(foundOfType(text, 'SECRET').some((value) => value.includes(secret))).toBe(true);
  });

  it('masks a base64 private key wrapped over lines whole', () => {
    const wrapped = 'tls.key: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSVdHUmpYc3BMVG5mZlZ6YVBzSzYvMVN0d1VESEpoRGNCaHcvOW84UFlEcklGMlgr\n  L3VxUGtrSW4KSm1VS3NuNno3SW1xdDRSYStCSUpOM0drdVczY1lHRG10NEhna2NkbEQx';
    expect(foundOfType(wrapped, 'SECRET').join('')).toContain('L3VxUGtrSW4K');
  });

  it.each([
    'I need to pass the test to Friday-3pm',
    'pin the version to v2.3.1 please',
    'connect the LED pin to GPIO17',
    'Boarding pass is QR-7731A',
    'the compiler pass is LoopUnroll2',
    'my password manager is 1Password8',
    'password policy: min_length=12',
    'psk: pre-shared key',
    "os.getenv('TOKENIZER_MODEL', 'bert-base-uncased')",
    "os.getenv('TOKEN_TTL', '3600')",
    '<testsuite><Pass>42 tests</Pass></testsuite>',
    '<Token>Refresh</Token>',
    '<Password>#{Octopus.Db.Password}</Password>',
    'mysql:3306:tcp:LISTEN:mysqld',
    'password={{ .Values.db.password }}',
    'We discussed backup codes in the meeting. Ticket PROJ-1234 and build abc12-def34 failed',
    'MODULE_KEY=analyticsdashboardv2module2024',
    'Download sdk-12345678-abcd-4ef0-9abc-1234567890ab.zip from the artifacts page',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'SECRET')).toEqual([]);
  });

  it('takes no street-worded lines into an address without a town or postcode among them', () => {
    expect(foundOfType('Ship to 10 Downing Street\nTest Drive\nNew Way\nGreen Field\nData Lake', 'ADDRESS')).toEqual(['10 Downing Street']);
    expect(foundOfType('Todo:\n- fix login\nFeature Branch\n22 Baker Street', 'ADDRESS')).toEqual(['22 Baker Street']);
  });

  it('keeps bots and tools in a name column out of it', () => {
    const log = 'a1b2c3 | Imogen Thwaite | fix typo\nd4e5f6 | Rhys Gwilym | add tests\n0a9b8c | Dependabot | bump lodash';
    expect(foundOfType(log, 'PERSON')).not.toContain('Dependabot');
  });

  it('hears the second password said in the same breath, not a version after it', () => {
    expect(foundOfType('the guest wifi pw is tmbkpq7391 btw, the staff one is KqWmZtRbNvXs. write a note', 'SECRET')).toEqual(['tmbkpq7391', 'KqWmZtRbNvXs']);
    expect(foundOfType('the wifi password is Xk9#mQ2pLw. Also the latest one is v2.3.1-rc1', 'SECRET')).toEqual(['Xk9#mQ2pLw']);
  });
});
