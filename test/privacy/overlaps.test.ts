import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { fakeSecrets } from './fixtures/fake-secrets.ts';
import { found } from './helpers.ts';

const secrets = fakeSecrets(7);

describe('overlap resolution', () => {
  it('lets URL credentials win over the email-shaped password@host inside them', () => {
    expect(found('mongodb://svc:hunter2@db.example.com:27017/app')).toEqual(['URL_CREDENTIALS:mongodb://svc:hunter2@db.example.com:27017']);
  });

  it('widens a secret to cover the credential URL it sits in', () => {
    const token = secrets.githubToken();
    const url = `https://x-access-token:${token}@github.com`;
    expect(found(`git clone ${url}/org/repo.git`)).toEqual([`SECRET:${url}`]);
  });

  it('lets a secret win over a member name inside it', () => {
    const token = `${['gh', 'p_'].join('')}Alice${secrets.githubToken().slice(9)}`;
    expect(found(`token ${token}`, { memberNames: ['Alice Johnson'] })).toEqual([`SECRET:${token}`]);
  });

  it('prefers the validated card over a phone reading of the same digits', () => {
    expect(found('charge 3782 822463 10005 now')).toEqual(['CREDIT_CARD:3782 822463 10005']);
  });

  it('prefers the IBAN over the digits inside it', () => {
    expect(found('IBAN GB82 WEST 1234 5698 7654 32')).toEqual(['IBAN:GB82 WEST 1234 5698 7654 32']);
  });

  it('keeps a vendor kind when an assignment matches the same value', () => {
    const token = secrets.stripeLiveKey();
    expect(found(`STRIPE_SECRET_KEY=${token}`)).toEqual([`SECRET:${token}`]);
    expect(detectEntities(`STRIPE_SECRET_KEY=${token}`)[0]?.secretKind).toBe('stripe-key');
  });

  it('is deterministic: the same input always gives the same spans', () => {
    const text = `Alice Johnson <alice@example.com> +44 20 7946 0958 ${secrets.jwt()} 10.0.0.7`;
    const first = found(text, { memberNames: ['Alice Johnson'] });
    for (let round = 0; round < 5; round += 1) expect(found(text, { memberNames: ['Alice Johnson'] })).toEqual(first);
    expect(first.map((entry) => entry.split(':')[0])).toEqual(['PERSON', 'EMAIL', 'PHONE', 'SECRET', 'IP_ADDRESS']);
  });
});
