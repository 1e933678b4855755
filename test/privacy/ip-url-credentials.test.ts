import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';

describe('IP_ADDRESS', () => {
  it('finds IPv4 with ports and CIDR suffixes left outside the span', () => {
    expect(found('ssh root@10.0.4.17 then curl http://192.168.1.20:8080/health; block 203.0.113.0/24')).toEqual([
      'IP_ADDRESS:10.0.4.17',
      'IP_ADDRESS:192.168.1.20',
      'IP_ADDRESS:203.0.113.0',
    ]);
  });

  it('finds IPv6 validated by node:net', () => {
    expect(foundOfType('peer 2001:db8:85a3::8a2e:370:7334 and fe80::1ff:fe23:4567:890a', 'IP_ADDRESS')).toEqual([
      '2001:db8:85a3::8a2e:370:7334',
      'fe80::1ff:fe23:4567:890a',
    ]);
  });

  it('rejects invalid octets, versions and non-addresses', () => {
    const text = 'bad 256.1.1.1, 10.01.2.3, release v10.0.0.1, version 1.2.3.4, at 10:15:30, mac aa:bb:cc:dd:ee:ff, 1.2.3.4.5, std::vector';
    expect(foundOfType(text, 'IP_ADDRESS')).toEqual([]);
  });

  it('leaves loopback and unspecified addresses alone', () => {
    expect(foundOfType('bind 127.0.0.1 or 0.0.0.0 or ::1', 'IP_ADDRESS')).toEqual([]);
  });
});

describe('URL_CREDENTIALS', () => {
  it('masks scheme, user, password and host, keeping the path', () => {
    const text = 'DATABASE_URL postgres://admin:S3cr3t-Pa55@db.internal:5432/app?sslmode=require';
    expect(foundOfType(text, 'URL_CREDENTIALS')).toEqual(['postgres://admin:S3cr3t-Pa55@db.internal:5432']);
  });

  it('covers an unencoded @ inside the password', () => {
    expect(foundOfType('redis://default:p@ss@cache.local:6379', 'URL_CREDENTIALS')).toEqual(['redis://default:p@ss@cache.local:6379']);
  });

  it('ignores placeholders and plain URLs', () => {
    const text = 'postgres://admin:${DB_PASSWORD}@db/app and https://user:<password>@host and https://example.com/a:b@c';
    expect(foundOfType(text, 'URL_CREDENTIALS')).toEqual([]);
  });
});

describe('IP_ADDRESS: network blocks', () => {
  it('leaves a private network block alone, but not a host with its mask or a public block', () => {
    expect(foundOfType('the vpc cidr 10.20.0.0/16 overlaps 172.16.32.0/20 and 192.168.0.0/24', 'IP_ADDRESS')).toEqual([]);
    expect(foundOfType('the pod at 10.20.3.7/16 is down; we blocked 198.51.100.0/24', 'IP_ADDRESS')).toEqual(['10.20.3.7', '198.51.100.0']);
  });
});
