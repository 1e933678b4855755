/**
 * The fresh-eyes review of the thirtieth round's rules, for the leaks and over-masks their first versions caused: an id
 * left in the clear when a second number followed a verb ("…, mi celular es …"), acronym cues that name other things
 * (CI, BI, CC, RFC), record codes in the RFC's shape, Portuguese "seu" ("your"), a month after "de", "Papa Noël".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { redact, warmGuard } from '../../src/router/privacy/index.ts';

const masked = (text: string) => redact(text).text;

beforeAll(() => warmGuard());

describe('review of the thirtieth round: leaks', () => {
  it.each([
    ['mi DNI 45872103, mi celular es 987654321', '45872103'],
    ['pasaporte AAB123456, mi celular es 987654321', 'AAB123456'],
    ['passeport 18AV12345 et mon portable est 0612345678', '18AV12345'],
    ['cédula 1020304050, mi cel es 3105551234', '1020304050'],
    ['DNI: María de los Ángeles Quispe 45872103', '45872103'],
  ])('keeps the id right after its paper when a verb introduces another number: %s', (text, id) => {
    expect(masked(text)).not.toContain(id);
  });
});

describe('review of the thirtieth round: names with a plural article in their particle', () => {
  it('masks the whole of "María de los Ángeles Quispe" in a Spanish sentence, not a saint\'s name', () => {
    expect(masked('María de los Ángeles Quispe llegó tarde hoy')).toBe('[PERSON] llegó tarde hoy');
    expect(masked('la Virgen de los Remedios está cerrada hoy')).toBe('la Virgen de los Remedios está cerrada hoy');
  });
});

describe('review of the thirtieth round: over-masks', () => {
  it.each([
    'o seu Windows tá desatualizado, atualiza antes da call',
    'CI is red again, the run that broke was 9876543210',
    'BI says MRR was 1250000 last month',
    'charge it to CC 410230 pls',
    'CI: Build 4521337 failed on main',
    'RFC: Proposal 20240612 for the api',
    'can u check INV240611115 and INV240611116',
    'la Marina nos bloqueó el puerto',
    'Cierre de Julio Consolidado ya está en el drive',
    'Papa Noël arrive au bureau vendredi',
  ])('leaves %s as it is', (text) => {
    expect(masked(text)).toBe(text);
  });
});
