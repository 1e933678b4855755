import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/** A pasted table's owner, assignee, author or login column holds people, written as logins or names. */
describe('PERSON: cells under a header that names who', () => {
  it('masks logins and names under owner, assignee and author columns', () => {
    const export_ = 'pipeline export, group by owner:\nowner,deal,stage\nkemi.a,Northwind renewal,won\nlars.b,Contoso upsell,lost\n';
    expect(persons(export_)).toEqual(['kemi.a', 'lars.b']);
    expect(persons('assignee;ticket;status\nSolveig;OPS-881;open\ntaro.y;OPS-882;done')).toEqual(['Solveig', 'taro.y']);
  });

  it('leaves a status or a tool standing in such a column', () => {
    expect(persons('owner,deal\nkemi.a,renewal\nPending Review,upsell\nStripe,payments')).toEqual(['kemi.a']);
    expect(persons('username,url\nops,https://console.example.com\ndevops,https://ci.example.com')).toEqual([]);
  });

  it('leaves a table with no such column alone', () => {
    expect(persons('region,deal,stage\nnorth,renewal,won\nsouth,upsell,lost')).toEqual([]);
  });
});
