/**
 * The one masking function for what tandem shows, logs and stores about itself. Credentials are
 * assembled from parts at run time so no realistic one sits in the source.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { maskSecretsIn } from '../../src/mask-secrets.ts';

const part = (...pieces: string[]) => pieces.join('');
const SLACK_TOKEN = part('xoxb-', '1234567890', '-', 'AbCdEfGhIjKlMnOp');
const OPENAI_KEY = part('sk-proj-', 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2');
const GITHUB_TOKEN = part('ghp_', 'aBcDeFgHiJkLmNoPqRsTuVwXyZ012345');
const AWS_KEY = part('AKIA', 'IOSFODNN7QWERTYZ');

describe('maskSecretsIn', () => {
  it.each([
    ['URL userinfo, whatever the password holds', 'cannot reach http://ops:p#ss?w/rd@10.0.0.7:11434 now', 'p#ss', 'http://•••@10.0.0.7:11434'],
    ['a user name alone (tokens pose as user names)', `https://${GITHUB_TOKEN}@github.com/acme/repo.git`, GITHUB_TOKEN, 'https://•••@github.com'],
    ['a database URL with a one-word host', 'postgres://app:s3cr3t@db:5432/main', 's3cr3t', 'postgres://•••@db:5432/main'],
    ['a raw "@" in the password: hidden up to the last one', 'Ollama at http://alice:p@ssw0rdAT@127.0.0.1:9 is down', 'ssw0rdAT', 'http://•••@127.0.0.1:9 is down'],
    ['a space in the password (URL parsers accept it)', 'Ollama at http://alice:pa ssSPACE@127.0.0.1:9 is down', 'ssSPACE', 'http://•••@127.0.0.1:9 is down'],
    ['both, with a path after the host', 'base http://bob:p@s s@x@[::1]:8080/v1 failed', 's s@x', 'http://•••@[::1]:8080/v1 failed'],
    ['userinfo written without a scheme', 'OPENAI_BASE_URL: got "alice:s3cretPW@proxy.example:8080/v1"', 's3cretPW', '"•••@proxy.example:8080/v1"'],
    ['a Slack token', `token was ${SLACK_TOKEN}`, 'AbCdEfGh', 'xoxb-…MnOp'],
    ['an OpenAI project key', `key ${OPENAI_KEY}`, 'Zx9Yw8Vu', 'sk-…3Lk2'],
    ['an AWS access key id', `id ${AWS_KEY}`, 'IOSFODNN7', '…RTYZ'],
    ['a secret-named assignment with a suffix', 'DB_PASSWORD_PROD=correcthorse ADMIN_PASS_2=battery', 'correcthorse', 'DB_PASSWORD_PROD=•••'],
    ['a signed-URL signature', 'https://bucket.s3/x?X-Amz-Signature=abcdef0123&X-Amz-Date=1', 'abcdef0123', 'X-Amz-Signature=•••&X-Amz-Date=1'],
    ['an Authorization header', 'Authorization: Bearer abc.def.ghi', 'abc.def.ghi', 'Authorization: Bearer •••'],
  ])('hides %s', (_label, text, secret, shown) => {
    const masked = maskSecretsIn(text);
    expect(masked).not.toContain(secret);
    expect(masked).toContain(shown);
  });

  it.each([
    'complexity 0.72 ≥ 0.60 (code, long request)',
    'local model unavailable (cannot reach Ollama at http://127.0.0.1:11434)',
    'the passenger count: 3; tokens: 812; author: Ada',
    'confidential channel never escalates',
    'see http://example.com and email ann@example.com about it',
    'the wiki at https://wiki.example/ops says 10:30 standup',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(maskSecretsIn(text)).toBe(text);
  });
});

describe('the log', () => {
  it('masks credentials in messages and fields on the way out', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });
    logger.warn('provider down', { host: 'http://ops:topsecret@ollama.lan:11434', token: SLACK_TOKEN });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('topsecret');
    expect(lines[0]).not.toContain('AbCdEfGh');
    expect(lines[0]).toContain('http://•••@ollama.lan:11434');
  });
});
