import { describe, expect, it } from 'vitest';
import { detectPlaceAnchoredAddresses } from '../../src/router/privacy/detect-address-places.ts';
import { redact } from '../../src/router/privacy/index.ts';
import { isSettlementName } from '../../src/router/privacy/settlement-names.ts';

/** Addresses with no street word that close on a town: villages, plots, grid streets, localities, labelled numbers. */
describe('ADDRESS: chains that close on a town', () => {
  it('knows towns and villages by name, in any case and with or without accents', () => {
    expect(isSettlementName('Serfaus')).toBe(true);
    expect(isSettlementName('BOGOTA')).toBe(true);
    expect(isSettlementName('bogotá')).toBe(true);
    expect(isSettlementName('Kubernetes')).toBe(false);
    expect(isSettlementName('Lodz')).toBe(true);
    expect(isSettlementName('de')).toBe(false);
  });

  it('takes a village number and its postcode town, with no street', () => {
    expect(redact('pls send the docs to Hof 5, 6534 Serfaus, thx').text).toBe('pls send the docs to [ADDRESS], thx');
    expect(redact('adresse pour le colis : Lieu-dit La Borie, 46300 Gourdon').text).toBe('adresse pour le colis : [ADDRESS]');
  });

  it('takes a plot and its district when the chain has three parts and a listed town', () => {
    expect(redact('my cousin is at Plot 9, Sector 4, Kumasi this week').text).toBe('my cousin is at [ADDRESS] this week');
    expect(redact('she lives in Aldea San Miguel, Cobán, no number').text).toBe('she lives in [ADDRESS], no number');
  });

  it('reads grid streets, labelled door numbers and neighbourhood codes', () => {
    expect(redact('nueva dirección: Cra 15 # 93-07, Bogotá').text).toBe('nueva dirección: [ADDRESS]');
    expect(redact('taşındım: Atatürk Cd. No:12 D:3, Çankaya/Ankara').text).toBe('taşındım: [ADDRESS]');
    expect(redact('alamat: Kampung Melayu RT 01/RW 03, Desa Sukamulya, Kec. Cikupa, Tangerang').text).toBe('alamat: [ADDRESS]');
  });

  it('takes any town after a postcode, and the floor said after the flat', () => {
    expect(redact('neue Adresse: Mariahilfer Str. 45/3/12, A-1060 Wien').text).toBe('neue Adresse: [ADDRESS]');
    expect(redact('Building 3, Street 12, Nasr City, Cairo, flat 4 on the 2nd floor').text).toBe('[ADDRESS]');
  });

  it('leaves versions, scores, schedules and offices beside towns alone', () => {
    for (const text of [
      'we run Postgres 16, Dublin, Ireland and Frankfurt as replicas',
      'Ubuntu 22, London, UK region is what prod uses',
      'sales by city: Paris 120, Lyon 45, Marseille 30',
      'the Colonia Roma office, Mexico City',
      'Sprint 14, Austin, Texas is when we ship',
      'Hall 7, Messe Frankfurt, booth 7C20',
      'Node 18, Postgres 15, Dublin region',
      'release 4, build 2, Berlin cluster is down',
      'we lost round 3, game 2, Melbourne took the series',
      'Stand 5, Hall 3, Berlin for the trade fair',
      'the report covers step 3, region 2, Singapore only',
    ]) {
      expect(detectPlaceAnchoredAddresses(text), text).toEqual([]);
    }
  });
});

describe('ADDRESS: shapes that only look like a postcode or a cued street', () => {
  it('leaves a tyre size and a count after "ship to" alone, and still takes a cued street', () => {
    expect(redact('tyre spec 225/45 R17 94W for the pool cars, ok in winter?').entities).toEqual([]);
    expect(redact('we ship to all 48 mainland states by ground').entities).toEqual([]);
    expect(redact('please ship to Hinterdorfstrasse 7b, 8405 Winterthur').text).toBe('please ship to [ADDRESS]');
    expect(redact('ship to halfenleimbach 28b asap').text).toBe('ship to [ADDRESS] asap');
  });
});
