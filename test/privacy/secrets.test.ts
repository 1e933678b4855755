import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { fakeSecrets } from './fixtures/fake-secrets.ts';
import { expectExactOffsets } from './helpers.ts';

const secrets = fakeSecrets(20261125);

function secretsIn(text: string): Array<{ kind: string | undefined; value: string }> {
  const entities = detectEntities(text);
  expectExactOffsets(text, entities);
  return entities.filter((entity) => entity.type === 'SECRET').map((entity) => ({ kind: entity.secretKind, value: entity.value }));
}

describe('SECRET: vendor formats', () => {
  it.each([
    ['github-token', secrets.githubToken()],
    ['github-token', secrets.githubFineGrainedToken()],
    ['slack-token', secrets.slackBotToken()],
    ['slack-token', secrets.slackUserToken()],
    ['slack-token', secrets.slackAppToken()],
    ['slack-webhook', secrets.slackWebhookUrl()],
    ['aws-access-key-id', secrets.awsAccessKeyId()],
    ['openai-key', secrets.openaiProjectKey()],
    ['openai-key', secrets.openaiLegacyKey()],
    ['anthropic-key', secrets.anthropicKey()],
    ['stripe-key', secrets.stripeLiveKey()],
    ['google-api-key', secrets.googleApiKey()],
    ['jwt', secrets.jwt()],
  ])('finds a %s with its exact span', (kind, token) => {
    expect(secretsIn(`use this: ${token}, thanks`)).toEqual([{ kind, value: token }]);
  });

  it('masks a whole PEM private-key block, and a truncated one through its last body line', () => {
    const block = secrets.privateKeyBlock();
    expect(secretsIn(`key below\n${block}\nwhy does ssh reject it?`)).toEqual([{ kind: 'private-key', value: block }]);
    const truncated = block.split('\n').slice(0, 4).join('\n');
    expect(secretsIn(`${truncated}\n\nwhy does ssh reject it?`)).toEqual([{ kind: 'private-key', value: truncated }]);
  });

  it('requires both JWT parts to decode as JSON objects', () => {
    const notJson = ['eyJ', 'hbGciOiJub25l', '.', 'bm90IGpzb24gYXQgYWxs', '.', 'c2lnbmF0dXJl'].join('');
    // Not a JWT: no JSON inside. Said right after "token", a value this random is still masked (as an assigned secret).
    expect(secretsIn(`the build id is ${notJson}`)).toEqual([]);
    expect(secretsIn(`token ${notJson}`)).toEqual([{ kind: 'assigned-secret', value: notJson }]);
  });
});

describe('SECRET: assignments and headers', () => {
  it.each([
    ['password=hunter2', 'hunter2'],
    ['"client_secret": "Zq8vN2mR5tX1wK7pL3sD9fG4"', 'Zq8vN2mR5tX1wK7pL3sD9fG4'],
    ["DB_PASSWORD: 'Tr0ub4dor&3'", 'Tr0ub4dor&3'],
    ['db_password: correct horse battery staple', 'correct horse battery staple'],
    ['my password is Sp4rkl3-Unicorn!', 'Sp4rkl3-Unicorn!'],
    ['Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0ZZqq', '9f8e7d6c5b4a39281706f5e4d3c2b1a0ZZqq'],
  ])('finds the value in %s', (text, value) => {
    expect(secretsIn(text)).toEqual([{ kind: expect.any(String), value }]);
  });

  it('tags aws_secret_access_key values with their kind', () => {
    const value = secrets.awsSecretAccessKey();
    expect(secretsIn(`aws_secret_access_key = ${value}`)).toEqual([{ kind: 'aws-secret-access-key', value }]);
  });

  it('decodes Basic credentials before calling them a secret', () => {
    const basic = Buffer.from('deploy:' + 'Qw3rty-uiop').toString('base64');
    expect(secretsIn(`Authorization: Basic ${basic}`)).toEqual([{ kind: 'basic-auth', value: basic }]);
    expect(secretsIn('Basic setup instructions follow')).toEqual([]);
  });
});

describe('SECRET: allowlist, entropy and lookalikes', () => {
  it.each([
    ['an AWS documentation key', ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')],
    ['an AWS documentation secret', 'aws_secret_access_key = ' + ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join('')],
    ['changeme', 'password=changeme'],
    ['the word password', 'password: password'],
    ['an env reference', 'api_key: ${API_KEY}'],
    ['an angle placeholder', 'token: <your-token-here>'],
    ['a your_ placeholder', 'apikey=your_api_key_here'],
    ['a vendor prefix before a replace-me word', 'STRIPE_SECRET_KEY=' + ['sk', '_test_'].join('') + 'REPLACE_ME'],
    ['a fill-in word', 'DB_PASSWORD=insert-password-here'],
    ['a key_here tail', 'SENTRY_DSN_TOKEN=token_goes_here'],
    ['stars', 'secret: "********"'],
    ['an x-run token', ['gh', 'p_'].join('') + 'x'.repeat(36)],
    ['a zero-entropy token', ['gh', 'p_'].join('') + 'a'.repeat(36)],
    ['an x-run OpenAI key', ['sk', '-'].join('') + 'x'.repeat(48)],
    ['a Slack documentation webhook', ['https://hooks', '.slack.com/services/'].join('') + 'T00000000/B00000000/' + 'X'.repeat(24)],
    ['a code reference', 'const apiKey = process.env.OPENAI_API_KEY'],
    ['a property read', 'token = response.data.token'],
    ['a numeric setting', 'max_tokens: 4096, token_type: bearer'],
    ['a git SHA', 'commit 3f2c9a1b7e4d5c6b8a9f0e1d2c3b4a5968778695 broke it'],
    ['a UUID', 'request 9b2f6c1e-7a3d-4e8b-9f10-2c4d6e8fa0b1 failed'],
    ['a lowercase word after password', 'the password is expired'],
  ])('ignores %s', (_label, text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});
