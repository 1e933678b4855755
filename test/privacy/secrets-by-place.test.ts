/**
 * Secrets people paste without the key names the assignment pass knew: any key ending in "key" with a
 * random value, a fallback inside a placeholder, a .netrc, a random value right after the word for it,
 * a login call's password, a random literal handed to a call, the prefix-and-body shape vendors give
 * their keys, and two tools' own ways of taking a password (lftp, net use). Values invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const secrets = (text: string) => foundOfType(text, 'SECRET');

describe('SECRET: by where it stands', () => {
  it.each([
    ['docker run -e DD_APP_KEY=4e1c0b7a9d2f85e36a0c1b9d7f3e2a4c6b8d0f1e img', '4e1c0b7a9d2f85e36a0c1b9d7f3e2a4c6b8d0f1e'],
    ['kubectl create secret generic k --from-literal=MAPS_KEY=Qw3rTy7uIoP9aSdF2gHjK4lZx -n prod', 'Qw3rTy7uIoP9aSdF2gHjK4lZx'],
    ['secrets:\n  jwtSigningKey: R2x1ZUJvb3RzNzc3VGVhcG90OTk5Qm9vdHM=\n  redisHost: redis', 'R2x1ZUJvb3RzNzc3VGVhcG90OTk5Qm9vdHM='],
    ['    password: ${DB_PASS:Gr4nite!Moss}', 'Gr4nite!Moss'],
    ['export DB_PASSWORD=${DB_PASSWORD:-Pebble9Drift}', 'Pebble9Drift'],
    ['~/.netrc:\nmachine api.example-maps.com\nlogin maps\npassword pk.Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5', 'pk.Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5'],
    ['okta api token 00Xk3Lm9Qp2Rs7Tu1Vw5Yz8Ab4Cd6Ef0Gh2Ij returns E0000011', '00Xk3Lm9Qp2Rs7Tu1Vw5Yz8Ab4Cd6Ef0Gh2Ij'],
    ["smtp.login('noreply@example.org', 'wlqz pmfa trxc kbdn')  # app password", 'wlqz pmfa trxc kbdn'],
    ["client.run('Xb7Kq2Lm9Np4Rs8Tv1Wy5Za3Cd6Ef0Gh2Jk4Mn7Pq9')", 'Xb7Kq2Lm9Np4Rs8Tv1Wy5Za3Cd6Ef0Gh2Jk4Mn7Pq9'],
    ['doctl auth init -t dop_v1_5e8a2c4f6b1d3e7a9c0f2b4d6e8a1c3f5b7d9e0a2c4f6b8d1e3a5c7f9b0d2e4a', 'dop_v1_5e8a2c4f6b1d3e7a9c0f2b4d6e8a1c3f5b7d9e0a2c4f6b8d1e3a5c7f9b0d2e4a'],
    ['vault login hvs.CAESIJx7Qm2Kp9Lr4Ts8Vw1Yz5Bc3Df6Gh0Jk', 'hvs.CAESIJx7Qm2Kp9Lr4Ts8Vw1Yz5Bc3Df6Gh0Jk'],
    ['lftp -u backup,Tr4il#Mix sftp://files.example.org keeps asking for the fingerprint', 'Tr4il#Mix'],
    ['net use Z: \\\\fs01\\finance /user:CORP\\svc_scan Qu4rtz!77  → System error 1326', 'Qu4rtz!77'],
  ])('%j', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    'SORT_KEY=created_at and PARTITION_KEY=tenant_id',
    'cache_key: user:123:profile',
    'idempotency_key: 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    's3_key=uploads/2024/03/report.png',
    'password: ${DB_PASS}',
    'the password reset token expired again',
    "verify('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')",
    'select * from test_aggregated_events_by_customer_region_daily_2024',
    'git checkout 9b30d9f1c464e72806188c8d803e7e1c5f172d37',
    'we use the net use command to map drives',
  ])('leaves names, ids, digests and words alone: %j', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('SECRET: a personal access token after "pat"', () => {
  it('masks the token, not the word', () => {
    expect(secrets('airtable pat patQx81Lm0Zk4RtYw.3e9f1c2b7a4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a5b7c9d gives 401')).toEqual(['patQx81Lm0Zk4RtYw.3e9f1c2b7a4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a5b7c9d']);
  });
});

describe('SECRET: passwords said in prose, settings, lookups, files and vendor shapes', () => {
  it.each([
    ['hey, i reset ur vpn password to Wq7!rTz9p — try it from home', 'Wq7!rTz9p'],
    ['new admin pass for the metrics box: Lm4nQ!x82 — write a short msg to the team', 'Lm4nQ!x82'],
    ['ansible vault pass is qpmzt-rvkxw-41, how do i pass it in the pipeline', 'qpmzt-rvkxw-41'],
    ['the guest wifi pw is tmbkpq7391 btw, the staff one is KqWmZtRbNvXs. write a welcome note', 'KqWmZtRbNvXs'],
    ['la contraseña del servidor de pruebas es Hq8*zPw2m, me ayudas con el script?', 'Hq8*zPw2m'],
    ['<add key="GatewayPassphrase" value="pQ7zRt2mWx9kLs4V" />', 'pQ7zRt2mWx9kLs4V'],
    ['<Pass encoding="base64">Wm9vbU11c3RhcmQ5OQ==</Pass>', 'Wm9vbU11c3RhcmQ5OQ=='],
    ["'password' => env('DB_PASSWORD', 'Zt8PqW2mLx'),", 'Zt8PqW2mLx'],
    ['~/.pgpass:\nreplica.internal:5432:analytics:report_ro:Qm\\:z!8vTpL2', 'Qm\\:z!8vTpL2'],
    ['Server=tcp:sql01,1433;Uid=reader;Pwd={kT9}}mQ2zWx};Encrypt=yes;', 'kT9}}mQ2zWx'],
    ['my github recovery codes:\n7kq2m-zt8wp\nr4vx9-bn2qe', '7kq2m-zt8wp'],
    ['Cookie: sessionid=q8rz2mtk4vwx7pbn3yh6jd9cfg5ls1ae; theme=dark', 'q8rz2mtk4vwx7pbn3yh6jd9cfg5ls1ae'],
    ['{ "auths": { "ghcr.io": { "auth": "Y2ktYm90OmdocF9Ra3E4clQ5bVoyd1B4NHZMN25CM3NEMWZHNmhKMGM=" } } }', 'Y2ktYm90OmdocF9Ra3E4clQ5bVoyd1B4NHZMN25CM3NEMWZHNmhKMGM='],
    ['APP_KEY=base64:Qk9yR3pXbVQ4cUw2dk4yeFA5c0o0ZEg3Y0s1ekcxdEE=', 'base64:Qk9yR3pXbVQ4cUw2dk4yeFA5c0o0ZEg3Y0s1ekcxdEE='],
    ['sdk key sdk-4b7e2c91-8a3d-4f6b-9c2e-1d5a7f3b9e60 works on the server', 'sdk-4b7e2c91-8a3d-4f6b-9c2e-1d5a7f3b9e60'],
  ])('%j', (text, secret) => {
    expect(secrets(text)).toEqual(expect.arrayContaining([expect.stringContaining(secret)]));
  });

  it.each([
    'the password is ready for review',
    'i forgot my password to the portal again',
    'password policy regex we have: ^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).{12,}$ — rewrite it',
    "loadStripe('pk_live_51Hq8zTmKp2WxR9vN4bL7cY3dF6gJ0sA2eQ5uI8oP1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0')",
    'NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
    'password = (sensitive value)',
    'auth: basic',
    'ticket ab12-cd34 is open. the backup codes are in the vault',
    "host = env('DB_HOST', '127.0.0.1')",
  ])('leaves %j alone', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('SECRET: a random value on the line of a word for a secret', () => {
  it.each([
    ['so Dev pasted the cloudflare global api key in #general (4f1a8c2e9b7d3f6a0c5e8b2d1f4a7c9e3b6) earlier', '4f1a8c2e9b7d3f6a0c5e8b2d1f4a7c9e3b6'],
    ['config/master.key has 7d2e9f4a1c8b6e3d0f5a2c9e8b1d4f7a in it, safe to commit?', '7d2e9f4a1c8b6e3d0f5a2c9e8b1d4f7a'],
    ["const c = searchclient('Q7K2LMN9XZ', '3e8b1d4f7a2c9e6b0d5f8a1c4e7b2d9f'); // admin key", '3e8b1d4f7a2c9e6b0d5f8a1c4e7b2d9f'],
  ])('%j', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    'the hash is 5f4dcc3b5aa765d61d8327deb882cf99, which is just md5 of a word',
    'api key rotated, see commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
    'password reset for user 7c9e6679-7425-40de-944b-e07fc1f90ae7 failed',
  ])('leaves ids and hashes said to be one alone: %j', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});
