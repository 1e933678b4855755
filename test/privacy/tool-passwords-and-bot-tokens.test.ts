/**
 * Passwords given to a tool by its own flag or position (`sshpass -p`, `redis-cli -a`, `htpasswd -b file
 * user pass`, openssl's `pass:`), and chat-bot tokens by their vendor's shape (Telegram's "id:AA…",
 * Discord's three dot-separated parts). Values made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const secrets = (text: string) => foundOfType(text, 'SECRET');

describe('SECRET: a password handed to a tool', () => {
  it.each([
    ["deploy script does `sshpass -p 'Tr0ub4dor&3' ssh ops@10.0.4.7 uptime`, why does it hang", 'Tr0ub4dor&3'],
    ['redis-cli -h cache.internal -p 6379 -a s3cr3tR3dis ping returns NOAUTH??', 's3cr3tR3dis'],
    ['ran htpasswd -bc /etc/apache2/.htpasswd olumide "Lagos#2025" and still 401', 'Lagos#2025'],
    ['openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:Kestrel99x', 'Kestrel99x'],
    ['rabbitmqctl add_user reporting Qw7!zzLp then set_permissions fails', 'Qw7!zzLp'],
  ])('%j', (text, expected) => {
    expect(secrets(text)).toEqual([expected]);
  });

  it('leaves the same flags with no password alone', () => {
    expect(secrets('redis-cli -h cache.internal -p 6379 ping')).toEqual([]);
    expect(secrets('use sshpass -p "$SSH_PASS" from the env, not a literal')).toEqual([]);
  });
});

describe('SECRET: chat-bot tokens by shape', () => {
  it.each([
    ['telegram bot says 401 with token 7312058846:AAHk3vQ9xLm2PzR8tYw4NbC6dJf0sUe1iGo in the env', '7312058846:AAHk3vQ9xLm2PzR8tYw4NbC6dJf0sUe1iGo'],
    ["client.login('MTIzNDU2Nzg5MDEyMzQ1Njc4.GxY7aQ.k3Jd9sLq2Vn8Rt5Wm1Pz7Bc4Xe6Hy0Ua9Fg2') fails", 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GxY7aQ.k3Jd9sLq2Vn8Rt5Wm1Pz7Bc4Xe6Hy0Ua9Fg2'],
  ])('%j', (text, expected) => {
    expect(secrets(text)).toEqual([expected]);
  });

  it('leaves host names and dotted identifiers alone', () => {
    expect(secrets('curl http://kubernetes-dashboard-5f8b9c.default.svc.cluster.local:8443/')).toEqual([]);
    expect(secrets('import com.example.analytics.pipeline.transformers.SessionWindowAggregator')).toEqual([]);
  });
});
