import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';
import { detectEntities } from '../../src/router/privacy/index.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('PERSON: names in lines machines write', () => {
  it.each([
    ['2026-01-03T10:00:00Z INFO user=lucia.ferreira token refreshed', ['lucia.ferreira']],
    ['audit: actor=tom_okafor action=delete bucket=exports', ['tom_okafor']],
    ['Co-authored-by: Ama Mensah <ama@example.org>', ['Ama Mensah']],
    ['fix flaky test\n\nSigned-off-by: Joon-ho Park', ['Joon-ho Park']],
    ['commit 3f2a9c1\nAuthor: Tomasz Wrona <tw@example.net>', ['Tomasz Wrona']],
    ['sshd[812]: Failed password for invalid user maria.santos from 192.0.2.9 port 2201', ['maria.santos']],
    ['sshd[3120]: Accepted publickey for dagny.holm from 198.51.100.4 port 40022 ssh2', ['dagny.holm']],
    ['An account was locked out. Account Name: m.oyelaran Caller Computer Name: DC01', ['m.oyelaran']],
    ['idp: user kwame.asante reset MFA after 3 failed attempts', ['kwame.asante']],
    ['access review: user jnakamura still has prod write', ['jnakamura']],
    ['pls dont reboot, ssh tendai@203.0.113.20 has a long job', ['tendai']],
    ['SSH ingrid@198.51.100.7 before you patch it', ['ingrid']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'INFO user=svc-deploy action=apply',
    'sshd: session opened for user svc_backup',
    'user=root uid=0 cmd=reboot',
    'WARN user=ci.runner job=42 timed out',
    'the user research sessions moved to friday',
    'login page throws a 500 for every account owner',
    'ssh deploy@203.0.113.20 and restart the worker',
    'sshd[4410]: Failed password for ubuntu from 203.0.113.9 port 22',
    'sshd[4410]: Accepted publickey for git from 203.0.113.9 port 22',
    'session opened for user jenkins by (uid=0)',
    'audit: user=postgres action=vacuum',
  ])('leaves the account in %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: initials and given names nobody listed', () => {
  it.each([
    ['T. K. Bell approved the change', ['T. K. Bell']],
    ['ranjit pls rerun the nightly job', ['ranjit']],
    ['Suchitra Das wants the numbers by noon', ['Suchitra Das']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves numbered steps alone', () => {
    expect(names('a. restart the pod b. check the logs')).toEqual([]);
  });
});

describe('PHONE: error numbers are not phone numbers', () => {
  it('leaves an error number and its SQL state alone, and still finds a bracketed area code', () => {
    expect(detectEntities('ERROR 1452 (23000): Cannot add or update a child row')).toEqual([]);
    expect(detectEntities('call me on (415) 555-2671').map((entity) => entity.type)).toEqual(['PHONE']);
  });
});

describe('PERSON: a given.surname login on its own, a surname written first, a name called out', () => {
  it.each([
    ["the runbook still lists 'priya.raman' as the owner but she moved teams", ['priya.raman']],
    ['1. OKONKWO, Chidinma Grace — UK passport', ['OKONKWO, Chidinma Grace']],
    ['MOVERS ARE DOWNSTAIRS, TEXTING ADEBAYO NOW', ['ADEBAYO']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'java.lang.NullPointerException at InvoiceMapper.map',
    'const retries = Number(process.env.RETRIES ?? 3)',
    'yarn.lock conflict again, see config.yaml',
    'call lodash.get(obj, path) instead',
    'ERROR, Something failed while saving',
  ])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: home folders, login keys and handles in pasted output', () => {
  it.each([
    ['Traceback (most recent call last):\n  File "/home/okechukwu/jobs/sync.py", line 40, in <module>', ['okechukwu']],
    ["Error: EACCES: permission denied, open '/Users/tnakamura/code/app/.cache/x.json'", ['tnakamura']],
    ['npm ERR! path C:\\Users\\rbhandari\\AppData\\Roaming\\npm\\node_modules', ['rbhandari']],
    ['{"eventName": "DeleteUser", "userIdentity": {"type": "IAMUser", "userName": "jmcallister"}}', ['jmcallister']],
    ['@lfernandes requested changes\n  > please add a test for the empty case', ['lfernandes']],
    ["the export ran as user 'pbaker' last night", ['pbaker']],
    ['kubernetes.io/change-cause: kubectl set image deploy/api api=ghcr.io/x:2.1.0 # by yaw.boateng', ['yaw.boateng']],
    ['Oct  9 02:11:40 db2 sudo:   rkaur : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/bin/rm -rf /var/lib/pgsql/old', ['rkaur']],
    ['pam_unix(su:session): session opened for user postgres(uid=26) by hvo(uid=1004)', ['hvo']],
    ['    # TODO(bnyambura): move the retry budget into config', ['bnyambura']],
    ['Mar  2 22:40:19 vpn1 sshd[991]: Accepted password for gulnara from 192.0.2.44 port 40122 ssh2', ['gulnara']],
    ['// FIXME(luca.b) breaks when the queue is empty', ['luca.b']],
    ['/**\n * Parses the export.\n * @author jkowalczyk\n */', ['jkowalczyk']],
  ])('finds the login in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'cd /home/ubuntu/app && ./run.sh',
    'the runner cleans /home/runner when the job ends',
    'Oct  9 02:11:40 ci sudo:   jenkins : TTY=unknown ; PWD=/var/lib/jenkins ; USER=root ; COMMAND=/usr/bin/apt-get update',
    'session opened for user root(uid=0) by root(uid=0)',
    '// TODO(perf): cache the parsed schema; TODO(b/31337): drop after the migration',
    '# TODO(cleanup) remove the flag, NOTE(security): never log the body',
    ' * @author root',
    'sshd[1200]: Failed password for invalid user hadoop from 198.51.100.7 port 3321 ssh2',
    'kube-proxy worker(uid=1000) started, then getpwnam(uid=0) failed',
    '// TODO(JIRA-4412): drop after the migration; TODO(auth) tidy the scopes',
    ' * @owner payments\n * @author generated',
    'GET /home/dashboard 200 in 41ms',
    'C:\\Users\\Public\\Documents\\setup.log is missing',
    'bump @types/node and ping @here when it is merged',
    'the @property decorator hides the setter, and @dependabot opened 4 PRs',
    'bundled by webpack.config, imported from lodash.get and called by react.render',
  ])('leaves accounts, scopes and decorators alone: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: handles with an initial, handles in a team file, an initial glued to a given name', () => {
  it.each([
    ['oluwaseun.t approved the PR but left 12 comments', ['oluwaseun.t']],
    ['can you ask svetlana.k whether the export finished', ['svetlana.k']],
    ['team:\n  - name: Teodora Ilić\n    slack: teodora\n    github: tilic', ['Teodora Ilić', 'teodora', 'tilic']],
    ['2025-03-01T08:00:00Z user=mkamau.wanjiru action=export', ['mkamau.wanjiru']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'const d = max.x - min.x',
    'github: true\nslack: enabled\ngithub: actions',
    'the config.v file is stale',
    'see np.nan and df.a',
    'compile lua.c and link with lua.h, then run perl.c through cpp',
    'owner: kibana-dashboards\nowner=istio-ingress\nauthor: jquery-foundation\nauthor: jruby-openssl',
    // Found by a second review: versions, protocols and signals under handle keys.
    'api_versions:\n  github: v3\n  gitlab: v4\nnotify:\n  slack: webhook\nsignals:\n  handle: sigterm',
  ])('not a vector, a flag, a file or a tool: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: the user of an access log line, and initials-and-surname logins doing what people do', () => {
  it('finds the logged-in user of common and combined log lines, not "-" or a service account', () => {
    const log = 'why so many 499s?\n81.97.204.3 - mbrzezinska [11/Feb/2026:10:02:11 +0000] "GET /api/v1/export HTTP/1.1" 499 0\n10.0.0.5 - admin [11/Feb/2026:10:02:12 +0000] "GET /x HTTP/1.1" 200 12\n10.0.0.6 - - [11/Feb/2026:10:02:13 +0000] "GET /y HTTP/1.1" 200 9';
    expect(foundOfType(log, 'PERSON')).toEqual(['mbrzezinska']);
  });

  it.each([
    ['git blame says t.adeyemi wrote this and ks_nordqvist touched it in march', ['t.adeyemi', 'ks_nordqvist']],
    ['reassigned to m.osei yesterday', ['m.osei']],
  ])('%j', (text, logins) => {
    expect(foundOfType(text, 'PERSON')).toEqual(expect.arrayContaining(logins));
  });

  it.each(['x = np.linspace(0, 1, 50)', 'np.random returned nan again', 'the io.netty package failed to load', 'see db_migrations for details'])(
    'leaves code alone: %j',
    (text) => {
      expect(foundOfType(text, 'PERSON')).toEqual([]);
    },
  );
});

/**
 * Fields that hold the account a person signed in with, whatever it is made of: a VPN's or a proxy's `user=`,
 * `login=`, LDAP's `sAMAccountName=` and `uid=`, and the user of `curl -u user:password`. There any login that is no
 * service account, English word or tool is a person's, as sshd's are — "tnyathi" and "okaraca" are an initial and
 * a surname no list holds. (`owner=`, `actor=`, `author=` name teams and bots as often, and keep the stricter
 * reading.) Written before the rule.
 */
describe('PERSON: the account in a sign-in field, whatever it is made of', () => {
  it.each([
    ['openvpn.log: Mon Jun 3 08:12:44 2026 peer-info user=tnyathi ip=10.44.2.9 auth ok', ['tnyathi']],
    ['the ldap filter (&(objectClass=user)(sAMAccountName=okaraca)) returns nothing, why', ['okaraca']],
    ['this works from my laptop but not from the runner: curl -u wairimu.kamau:Tr1cky#Pass https://jira.corp.io/rest/api/2/myself', ['wairimu.kamau']],
  ])('finds the person in %j, and the next field’s key stays out of the name', (text, logins) => {
    expect(foundOfType(text, 'PERSON')).toEqual(logins);
  });

  it.each([
    'session start user=root assigned=10.8.0.14',
    'proxy: login=anonymous status=407',
    'curl -s -u admin:admin http://localhost:8080/health',
    'dn: uid=jenkins,ou=services,dc=corp,dc=local',
    'owner=payments actor=github-actions',
    // A fresh-eyes review's: tools' own roles, a connection string's role, and the field's key read in any case.
    'host=db.internal port=5432 user=keycloak dbname=keycloak sslmode=require',
    'airflow.cfg: sql_alchemy_conn user=airflow',
    'curl -u minioadmin:minioadmin http://localhost:9000/minio/health/live',
    'EventLog: user=NT AUTHORITY\\SYSTEM logon type 5',
    'spring security says principal user=anonymousUser',
  ])('leaves the accounts in %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
