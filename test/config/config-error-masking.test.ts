/**
 * What a configuration error or printout shows is masked whatever shape the credential was written
 * in: as a number or inside a list under a secret key, as a number under a misspelled key, as a
 * number YAML would round, as a map key, or as the whole file. Also: ids written as floats are
 * refused like bare integers, since they round the same way. Credentials are built from parts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { maskSecrets } from '../../src/config/secrets.ts';
import { ConfigError } from '../../src/errors.ts';
import { makeTempDir } from '../support/temp-dirs.ts';

const KEY_TAIL = ['wJalrXUtnFEMI', 'K7MDENGbPxRfiCY'].join('');
const LONG_DIGITS = '98765432109876543210987';
const SLACK_TOKEN = ['xoxb', '1234567890', 'abcdefghijklmnop'].join('-');

function messageFor(yaml: string): string {
  const cwd = makeTempDir('tandem-config-mask-');
  writeFileSync(join(cwd, 'tandem.config.yaml'), yaml);
  try {
    loadConfig({ environment: {}, cwd });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration errors never echo a credential', () => {
  it.each([
    ['a secret key given a list', `cloud:\n  openai:\n    apiKey: [${KEY_TAIL}]\n`, KEY_TAIL, 'cloud.openai.apiKey: got "••••"'],
    ['a secret key given a number', 'discord:\n  token: 12345678901\n', '12345678901', 'discord.token: got "••••"'],
    ['a misspelled key holding a number', 'slack:\n  app_token: 12345678901\n', '12345678901', 'slack.app_token: value hidden'],
    ['a secret key given a number YAML rounds', `slack:\n  signingSecret: ${LONG_DIGITS}\n`, '98765432109', 'slack.signingSecret: value hidden'],
    ['a misspelled key given a number YAML rounds', `slack:\n  signing_secret: ${LONG_DIGITS}\n`, '98765432109', 'slack.signing_secret: value hidden'],
    ['a misspelled section holding such a number', `slack:\n  auth:\n    secret: ${LONG_DIGITS}\n`, '98765432109', 'slack.auth: value hidden'],
    ['a number YAML rounds inside a list under a secret key', `cloud:\n  openai:\n    apiKey: [${LONG_DIGITS}]\n`, '98765432109', 'cloud.openai.apiKey.0: value hidden'],
    ['a file that is only a string', `${KEY_TAIL}\n`, KEY_TAIL, 'not a single string'],
  ])('%s', (_label, yaml, secret, shown) => {
    const message = messageFor(yaml);
    expect(message).not.toContain(secret);
    expect(message).toContain(shown);
  });

  it('a map key shaped like a token is masked in printouts', () => {
    const printed = JSON.stringify(maskSecrets({ channels: { [SLACK_TOKEN]: { policy: 'open' }, 'http://alice:s3cretPW@h': { policy: 'open' } } }));
    expect(printed).not.toContain('abcdefghijklmnop');
    expect(printed).not.toContain('s3cretPW');
    expect(printed).toContain('http://•••@h');
  });
});

describe('Discord ids written as floats', () => {
  it.each([
    ['1310000000000000204.0', "quote Discord ids: '1310000000000000204'"],
    ['1.310000000000000204e18', 'write the id as its digits in quotes'],
  ])('%s as a channel key is refused, with the fix', (written, fix) => {
    const message = messageFor(`channels:\n  ${written}: { policy: confidential }\n`);
    expect(message).toContain(`channels.${written}: got "${written}"`);
    expect(message).toContain(fix);
    expect(message).not.toContain('1310000000000000300');
  });
});
