import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { found } from './helpers.ts';

/** Each expected `TYPE:value` lies inside a detected entity of that type (neighbouring address parts may be one span). */
function uncovered(text: string, expected: readonly string[]): string[] {
  const entities = detectEntities(text);
  return expected.filter((item) => {
    const [type, value] = [item.slice(0, item.indexOf(':')), item.slice(item.indexOf(':') + 1)];
    const start = text.indexOf(value);
    return !entities.some((entity) => entity.type === type && entity.start <= start && entity.end >= start + value.length);
  });
}

describe('values in query strings and form bodies', () => {
  it.each([
    [
      'a signup request from the access log',
      '10.0.3.4 - - "POST /api/v2/register?given_name=Nomvula&family_name=Dlamini&mobile=%2B27821234567 HTTP/1.1" 422',
      ['PERSON:Nomvula', 'PERSON:Dlamini', 'PHONE:%2B27821234567'],
    ],
    [
      'a form body with plus-encoded spaces',
      'the webhook body was full_name=Siobh%C3%A1n+Kavanagh&email=s.kavanagh%40eircom.net&dob=1987-11-30',
      ['PERSON:Siobh%C3%A1n+Kavanagh', 'EMAIL:s.kavanagh%40eircom.net', 'DATE_OF_BIRTH:1987-11-30'],
    ],
    ['lower-case name parts under their own keys', 'GET /v1/members?fname=dario&lname=conti&active=1', ['PERSON:dario', 'PERSON:conti']],
    ['a postcode alone under its key', 'GET /stores/near?zip=94110&radius=5', ['ADDRESS:94110']],
    ['an address under its key', 'order?street=Calle+de+Alcal%C3%A1+48&postcode=28014&city=Madrid', ['ADDRESS:Calle+de+Alcal%C3%A1+48', 'ADDRESS:28014']],
    ['an address in a map search', 'sent them https://www.google.com/maps/search/?api=1&query=Keizersgracht+174,+Amsterdam', ['ADDRESS:Keizersgracht+174,+Amsterdam']],
  ])('masks %s', (_, text, expected) => {
    expect(uncovered(text, expected)).toEqual([]);
  });

  it.each([
    ['a resource named in an API call', 'curl -s "https://api.example.com/v1/buckets?name=checkout-cache&region=eu-west-1"'],
    ['a search for words', 'GET /search?q=how+to+rotate+keys&page=2 returned nothing'],
    ['an encoded redirect path', 'login?next=%2Fadmin%2Fsettings&lang=de'],
    ['an expression in code', 'if (mask=flags&ENABLED) { return; }'],
    ['a font, a browser and a report named in URLs', 'fonts.googleapis.com/css2?family=Fira+Code&display=swap, /dl?client=Chrome&os=mac, /reports?name=Quarterly+Churn+Review&format=pdf'],
  ])('leaves %s alone', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
