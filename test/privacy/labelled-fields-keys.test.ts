import { describe, expect, it } from 'vitest';
import { detectLabelledFields } from '../../src/router/privacy/detect-labelled-fields.ts';

/** The field pattern is tried only near each `:` or `=`; keys at the edges of that reach still count. */
function fields(text: string): string[] {
  return detectLabelledFields(text).map((field) => `${field.type}:${field.value}`);
}

describe('labelled fields: where the key can sit', () => {
  it('reads a key padded with spaces or tabs before its colon', () => {
    expect(fields('name        :  Ana Lima')).toEqual(['PERSON:Ana Lima']);
    expect(fields('customer_name\t\t= "Ana Lima"')).toEqual(['PERSON:Ana Lima']);
  });

  it('reads a long quoted key right up to the colon', () => {
    expect(fields('{"card holder name on file": "Ana Maria Lima"}')).toEqual([]);
    expect(fields('{"name": "Ana Maria Lima", "email": "ana@example.com"}')).toEqual(['PERSON:Ana Maria Lima', 'EMAIL:ana@example.com']);
  });

  it('reads the next key after a value that held a colon or an equals sign', () => {
    expect(fields('note: "a=b: c", name: "Ana Lima"')).toEqual(['PERSON:Ana Lima']);
    expect(fields('url=http://x.example:8080/a\nname: Ana Lima')).toEqual(['PERSON:Ana Lima']);
  });

  it('finds nothing without a key before the colon', () => {
    expect(fields(':: == :')).toEqual([]);
    expect(fields('Ana Lima')).toEqual([]);
  });
});

describe('labelled fields: an address line named only by its place', () => {
  it('reads the street line under "line1"/"line2", as payment and shop exports name it', () => {
    expect(fields('{"line1": "Nerudova 212/7", "city": "Brno", "postal_code": "602 00"}')).toContain('ADDRESS:Nerudova 212/7');
    expect(fields('shipping:\n  line_1: 88 Rua Augusta\n  city: Lisboa')).toContain('ADDRESS:88 Rua Augusta');
  });

  it('takes no line of code or prose for an address: a street line has its number', () => {
    expect(fields('line1 = f.readline()\nline2 = f.readline()')).toEqual([]);
    expect(fields('line1: "the stack trace starts here"')).toEqual([]);
  });
});
