import { beforeAll, describe, expect, it } from 'vitest';
import { detectEntities, warmGuard } from '../../src/router/privacy/index.ts';
import { expectedEntropy, shannonEntropy } from '../../src/router/privacy/entropy.ts';

const secrets = (text: string): string[] => detectEntities(text).filter((entity) => entity.type === 'SECRET').map((entity) => entity.value);

beforeAll(() => warmGuard());

/**
 * Families from the thirty-second set's development half (secrets as people paste them), in sentences of our own: keys
 * whose alphabet is small, a vendor's prefix before a random body, and passwords and codes said in other languages.
 */
describe('keys of a small alphabet and keys behind a prefix', () => {
  it('expects less entropy of a short string or a small alphabet, as random strings have', () => {
    expect(expectedEntropy(32, 16)).toBeCloseTo(3.61, 2);
    expect(expectedEntropy(16, 64)).toBeCloseTo(3.78, 2);
    expect(expectedEntropy(64, 16)).toBeGreaterThan(expectedEntropy(32, 16));
  });

  it('takes a random hex key below the old flat floor of 3.5 bits, and a lower-case session id', () => {
    const key = '94290c6b97b2e6f16779224b8f49df99';
    expect(shannonEntropy(key)).toBeLessThan(3.5);
    expect(secrets(`datadog api key ${key} stopped working after the org move`)).toEqual([key]);
    expect(secrets('Cookie: sessionid=0a1llovk9cww36tk6im2v0mraw; lang=en')).toContain('0a1llovk9cww36tk6im2v0mraw');
  });

  it("judges the body after a vendor's lower-case prefix and before a data centre's suffix, and a prefixed UUID", () => {
    expect(secrets('the admin token is xyzk_8013450166b7ff1b74225648e334bf85, rotate it monday')).toEqual(['xyzk_8013450166b7ff1b74225648e334bf85']);
    expect(secrets('newsletter api key 8013450166b7ff1b74225648e334bf85-eu7 gives 401')).toEqual(['8013450166b7ff1b74225648e334bf85-eu7']);
    expect(secrets('crm private app token pat-na2-d4daca3c-a54c-4f77-b3d1-fc978720c09e returns 403')).toEqual(['pat-na2-d4daca3c-a54c-4f77-b3d1-fc978720c09e']);
  });

  it('leaves ids and words run together alone', () => {
    expect(secrets('request id d4daca3c-a54c-4f77-b3d1-fc978720c09e failed, the token was fine')).toEqual([]);
    expect(secrets('the token name is nightlybackup2024, rename it')).toEqual([]);
  });
});

describe('keys named by a flag, a subcommand or what they are for', () => {
  const token = 'LI_qrBWF27Ul_GvZuZTxyO9jpvkW6rpeisS_zyZb';
  it('takes a random value after a long flag or a subcommand named for a key, a token or auth', () => {
    expect(secrets(`./agent run --ingest-token ${token} --region eu`)).toEqual([token]);
    expect(secrets(`edge-cli auth set-token ${token}`)).toEqual([token]);
    expect(secrets('nginx -t && certbot --key /etc/ssl/private/site.key')).toEqual([]);
    expect(secrets('sort the export with --sort-key created_at')).toEqual([]);
  });

  it('takes one after what the key is for and a colon, a numbered key, and a name ending in "secret"', () => {
    expect(secrets('signing key for the webhooks (prod): e78f773b763406d6cb32d6ce28239cd75ec539b1e0af243f96035617779a2971')).toEqual([
      'e78f773b763406d6cb32d6ce28239cd75ec539b1e0af243f96035617779a2971',
    ]);
    expect(secrets('Unseal Key 3: O28TIR2rl2ygbgoX0kR2nfWRLkfiMOTL7dULpMMG50NA')).toEqual(['O28TIR2rl2ygbgoX0kR2nfWRLkfiMOTL7dULpMMG50NA']);
    expect(secrets(`{"error":"invalid_client","detail":"client_secret '${token}' was revoked"}`)).toEqual([token]);
    // A TOTP seed is base32: capitals and the digits 2-7.
    expect(secrets('authenticator secret for the ops mailbox: NM2HGDV3UCTHBSKAQMQ2YRUBBKXSFSQ2')).toEqual(['NM2HGDV3UCTHBSKAQMQ2YRUBBKXSFSQ2']);
    // The sentence's full stop stays outside.
    expect(secrets(`API key for the build bot: ${token}. Ask before rotating`)).toEqual([token]);
  });

  it("leaves a public key and a table's key alone", () => {
    expect(secrets('public key for the vendor: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE')).toEqual([]);
    expect(secrets('primary key for the users table: user_id')).toEqual([]);
  });
});

describe('passwords and codes said in other languages', () => {
  it('reads the verbs that say what a password is in the languages whose password words the guard knows', () => {
    expect(secrets("le mot de passe de la borne wifi c'est Soleil!Lyon42")).toEqual(['Soleil!Lyon42']);
    expect(secrets('das root passwort vom nas wurde zurückgesetzt auf Nas-Neu!8812')).toEqual(['Nas-Neu!8812']);
    expect(secrets('a senha do roteador (sala 2) é roteador2025')).toEqual(['roteador2025']);
    expect(secrets('o pw da impressora é impressora77, não mudem')).toEqual(['impressora77']);
    expect(secrets('Zugang für das Portal: Benutzer ops, Passwort Fr0st!Bite9')).toEqual(['Fr0st!Bite9']);
  });

  it('finds a code after the word for it and what it opens, in those languages', () => {
    expect(secrets('la clave de la caja fuerte es 4418')).toEqual(['4418']);
    expect(secrets('il codice della porta sul retro è 7093#')).toEqual(['7093#']);
    expect(secrets('de toegangscode is 5517, zeg het niemand')).toEqual(['5517']);
    expect(secrets('der Türcode Lager: 3391*')).toEqual(['3391*']);
    expect(secrets('the SIM puk is 55120934 if it locks again')).toEqual(['55120934']);
    expect(secrets('combo for the bike lock (blue one): 7-21-33')).toEqual(['7-21-33']);
  });

  it('leaves postcodes, project codes and error codes alone', () => {
    expect(secrets('el código postal es 28001')).toEqual([]);
    expect(secrets('o código do projeto é 4471')).toEqual([]);
    expect(secrets('the error code is 5021 again')).toEqual([]);
    expect(secrets('der Code der Zeile 42 ist kaputt')).toEqual([]);
  });
});

describe('secrets in the files, headers and links people paste', () => {
  it('reads a camelCase password key, a session cookie whose value is encoded, and a dotted token', () => {
    expect(secrets('smtpPwd=Harbor!Lights22')).toEqual(['Harbor!Lights22']);
    expect(secrets('Set-Cookie: myapp_session=3ULazMxYWEUUsqPNMpDUNATIt%2BW3WhFE38jc0%2BbsGrM=; Path=/')).toEqual([
      '3ULazMxYWEUUsqPNMpDUNATIt%2BW3WhFE38jc0%2BbsGrM=',
    ]);
    expect(secrets('SYNC_TOKEN=ab.cd.live.iYh1HXlRyq9HkKVv_FAAJTiSIGCOL4pKdsIiIVAshByLIofZ')).toEqual(['ab.cd.live.iYh1HXlRyq9HkKVv_FAAJTiSIGCOL4pKdsIiIVAshByLIofZ']);
    expect(secrets('bypass=true')).toEqual([]);
    expect(secrets('cookie: session=<removed>; theme=dark')).toEqual([]);
    expect(secrets('API_TOKEN=config.secrets.apiToken')).toEqual([]);
  });

  it('masks armoured key blocks that are not public, and the private lines of a PuTTY key', () => {
    const block = '-----BEGIN ENCRYPTION KEY-----\ndosVu96OWPmHAYXkfR+0q+g8H1+z+E6WMVY5kVOZD58=\n-----END ENCRYPTION KEY-----';
    expect(secrets(`the export key, don't lose it:\n${block}\nthanks`)).toEqual([block]);
    expect(secrets('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----')).toEqual([]);
    const putty = 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 1\nAAAAC3NzaC1lZDI1NTE5AAAAIBkq\nPrivate-Lines: 1\nAAAAIGd4Huk9vzebReU0W6PS87ITi0HTLZuJ\nPrivate-MAC: 77aa';
    expect(secrets(putty)).toEqual(['AAAAIGd4Huk9vzebReU0W6PS87ITi0HTLZuJ']);
  });

  it("masks a webhook link's random path segments, not its ids or words", () => {
    expect(secrets('alerts go to https://chat.example.io/hooks/40512/d4Huk9vzebR_eU0W6PS87ITi0HTLZu_J now')).toEqual(['d4Huk9vzebR_eU0W6PS87ITi0HTLZu_J']);
    expect(secrets('see https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks')).toEqual([]);
  });

  it('reads recovery keys of digits, generated group passwords, SNMP communities and bytes literals', () => {
    expect(secrets('recovery key for the finance laptop: 104522-338901-774210-550963-129874-603318-447120-981265')).toEqual([
      '104522-338901-774210-550963-129874-603318-447120-981265',
    ]);
    expect(secrets('app-specific password for the mail client (imap): mzqx-tbnr-kvlp-wdhs')).toEqual(['mzqx-tbnr-kvlp-wdhs']);
    expect(secrets('the snmp community for the ups is Ups-R3ad-0nly')).toEqual(['Ups-R3ad-0nly']);
    expect(secrets('key = Fernet(b"dosVu96OWPmHAYXkfR-0q-g8H1-z-E6WMVY5kVOZD58=")')).toEqual(['dosVu96OWPmHAYXkfR-0q-g8H1-z-E6WMVY5kVOZD58=']);
    expect(secrets('the password for the shared drive is over-time-rule')).toEqual([]);
  });

  it('masks base64 JSON that holds credentials, as a registry config carries them, and not other encoded settings', () => {
    const config = 'eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJhdXRoIjoiWW05ME9uTTBjak56TW1ReFpqZz0ifX19';
    expect(secrets(`data:\n  .dockerconfigjson: ${config}`)).toEqual([config]);
    expect(secrets('prefs cookie: eyJ0aGVtZSI6ImRhcmsiLCJsYW5nIjoiZW4iLCJiZXRhIjp0cnVlfQ==')).toEqual([]);
  });
});

describe('what only looks like a secret', () => {
  it("leaves a vendor's prefix on English words, and 'pin' the verb before an image or a version", () => {
    expect(secrets('the sdk readme uses xoxp-this-is-not-a-real-token as its example')).toEqual([]);
    expect(secrets('pin the runner image by digest: ubuntu:24.04@sha256:9e3f1a7c2b5d4e6f8a0b1c3d5e7f9a1b3c5d7e9f')).toEqual([]);
    expect(secrets('pin: Summer2024!')).toEqual(['Summer2024!']);
  });
});
