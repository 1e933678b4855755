import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * Logins written as an initial, a dot and a surname ("k.mwangi"), and logins in access logs, where the
 * address the person came from follows the login.
 */
describe('PERSON: dotted logins in logs and rotas', () => {
  it('masks an initial and a listed surname joined by a dot', () => {
    expect(persons('sso audit, two failures: k.mwangi at 09:02 and r.castellanos at 09:05')).toEqual(['k.mwangi', 'r.castellanos']);
    expect(persons('weekend cover: sat — p.okonkwo / sun — l.haddad')).toEqual(['p.okonkwo', 'l.haddad']);
  });

  it('masks a login followed by the address it signed in from, which is no version number', () => {
    expect(persons('2024-03-11 22:41 mira.kovacs 203.0.113.9 DENIED')).toEqual(['mira.kovacs']);
  });

  it('leaves code: one-letter variables and their members, calls and files', () => {
    for (const text of ['const n = e.target.value; s.push(n)', 'call r.json() then d.map(x => x.id)', 'types live in a.d.ts and b.config.js', 'if (m.group(1)) f.write(line)']) {
      expect(persons(text), text).toEqual([]);
    }
  });

  it('still reads a name before a version as the thing it names', () => {
    expect(persons('we pinned django 4.2.11 after the upgrade broke admin')).toEqual([]);
  });
});
