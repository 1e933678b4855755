/** Lines of credential files and the htpasswd command: the hash is a secret, the login a person's unless it is an account. */
import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('credential files pasted whole', () => {
  it('masks each hash of an .htpasswd and the logins that are people', () => {
    const text = 'why does nginx reject her?\n' + 'ofunmilayo:$apr1$Qm3kLz9e$V7q2cH0rWx1yTn8bKs5pA/\n' + 'svc-metrics:$2y$05$3XyZaBcDeFgHiJkLmNoPqO1u2v3w4x5y6z7A8B9C0D1E2F3G4H5I6\n' + 'jthorsen:{SHA}qUqP5cyxm6YcTAhz05Hph5gvu9M=';
    expect(found(text)).toEqual([
      'PERSON:ofunmilayo',
      'SECRET:$apr1$Qm3kLz9e$V7q2cH0rWx1yTn8bKs5pA/',
      'SECRET:$2y$05$3XyZaBcDeFgHiJkLmNoPqO1u2v3w4x5y6z7A8B9C0D1E2F3G4H5I6',
      'PERSON:jthorsen',
      'SECRET:{SHA}qUqP5cyxm6YcTAhz05Hph5gvu9M=',
    ]);
  });

  it('masks a shadow line, keeping the account and the ageing fields', () => {
    expect(found('deploy:$6$Tz8Kq1Lw$9hG2fJ4kL6mN8pQ0rS2tU4vW6xY8zA0bC2dE4fG6hI8jK0lM2nO4pQ6rS8tU0vW2xY4zA6bC8dE0fG2hI4jK6l:19850:0:99999:7:::')).toEqual([
      'SECRET:$6$Tz8Kq1Lw$9hG2fJ4kL6mN8pQ0rS2tU4vW6xY8zA0bC2dE4fG6hI8jK0lM2nO4pQ6rS8tU0vW2xY4zA6bC8dE0fG2hI4jK6l',
    ]);
  });

  it.each([
    ['with a file', 'sudo htpasswd -B /etc/httpd/.htpasswd rwekesa', ['PERSON:rwekesa']],
    ['to stdout, with its password', 'htpasswd -nbB amelinda "w1nter-Orchard!"', ['PERSON:amelinda', 'SECRET:w1nter-Orchard!']],
    ['with a bcrypt cost', 'sudo htpasswd -B -C 12 /etc/nginx/.htpasswd tmakgoba', ['PERSON:tmakgoba']],
  ])('masks the login htpasswd adds, %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('masks a line quoted in chat and a locked account', () => {
    expect(found('> wairimu:!$6$Hq2Lm9Zs$Pq8rT1vX3zB5dF7hJ9kM2nQ4sU6wY8aC0eG2iK4:19900:0:99999:7:::')).toEqual([
      'PERSON:wairimu',
      'SECRET:!$6$Hq2Lm9Zs$Pq8rT1vX3zB5dF7hJ9kM2nQ4sU6wY8aC0eG2iK4',
    ]);
  });

  it.each([
    ['bcrypt in an INSERT', "INSERT INTO staff VALUES (7, 'ops', '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW');", '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW'],
    ['argon2 in a log line', 'seeded admin with $argon2id$v=19$m=65536,t=3,p=4$bXlzYWx0c2FsdA$Jm9yZ2V0dGhpc2hhc2hwbGVhc2Ugb2s and it still 401s', '$argon2id$v=19$m=65536,t=3,p=4$bXlzYWx0c2FsdA$Jm9yZ2V0dGhpc2hhc2hwbGVhc2Ugb2s'],
    ["Django's pbkdf2 in a fixture", '"fields": {"pw": "x", "legacy": "pbkdf2_sha256$600000$k3Lm9QpZ2vXr$Zq8v3nYpL1mR7tK0bW5sH2cJ9xF4aE6dG1uI3oP8yT0="}', 'pbkdf2_sha256$600000$k3Lm9QpZ2vXr$Zq8v3nYpL1mR7tK0bW5sH2cJ9xF4aE6dG1uI3oP8yT0='],
  ])('masks a password hash standing alone: %s', (_, text, hash) => {
    expect(found(text)).toContain(`SECRET:${hash}`);
  });

  it('leaves an account added by htpasswd, the word in prose and the file in a path, and prices with dollar signs, alone', () => {
    expect(found('htpasswd -c /etc/apache2/.htpasswd admin')).toEqual([]);
    expect(found('use htpasswd to generate it, then cat /etc/nginx/.htpasswd and restart')).toEqual([]);
    expect(found('total:$120.50 and eta:$soon')).toEqual([]);
    expect(found('prices went from $2 to $10, see $2$10$ in the shell history')).toEqual([]);
  });
});
