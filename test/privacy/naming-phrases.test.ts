/**
 * What someone is called, said outright: "his name is Chidubem", "my name's Adaeze", "a woman called
 * Nomvula", "we call him Tunde", "she's known as Ade". Whatever the name — on no list, in lower case, with
 * a nickname's word before it ("Mama Efua") — the words right after such a phrase are a person's name.
 * Things are named with the same words ("the tool is called Grafana", "we call it Project Falcon", "the
 * file name is README.md"), so only a phrase about a person counts: a person's possessive before "name",
 * a person noun or pronoun before "named"/"called", a person after "call". Written before any rule for them.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: the name a naming phrase gives', () => {
  it.each([
    ['hi, my name is Adaeze, I’m the new analyst on the team', ['Adaeze']],
    ['her name’s Folake, she handles the landlord side', ['Folake']],
    ['his full name is Chidubem Eze-Okoro, same as on the contract', ['Chidubem Eze-Okoro']],
    ['a guy named Ebuka', ['Ebuka']],
    ['the contractor, a woman called Nomvula, never sent an invoice', ['Nomvula']],
    ['the new candidate is named Kelechi, interview is at 3', ['Kelechi']],
    ['everyone calls her Mama Efua', ['Mama Efua']],
    ['we just call him Tunde', ['Tunde']],
    ['she’s known as Ade in the office', ['Ade']],
    ['my name is adaeze btw', ['adaeze']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    'the tool is called Grafana and it is slow',
    'we call it Project Falcon internally',
    'the file name is README.md in the root',
    'his name is on the list for the offsite',
    'my name is not important here, just fix the bug',
    'its name is Hermes, the build bot',
    'the channel is named Eng-Ops now',
    'call me Monday morning about the renewal',
    'whats the name of the bucket again',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});

/**
 * Saying who is writing or calling: "this is Ngozi from accounts", "I'm Adaeze, the new analyst", "hey it's
 * Tobi from the Lagos office", "Ngozi here, from accounts". The name comes with where the person is from or
 * a comma; "this is Important", "it's Friday, …", "I'm Back, guys" and "i'm ooo today" name nobody, and in
 * lower case only a listed given name counts after "I'm". Written before any rule for them.
 */
describe('PERSON: the name someone introduces themselves with', () => {
  it.each([
    ['hi, this is Ngozi from accounts - can I get the invoice resent?', ['Ngozi']],
    ['Good morning sir, this is Mwajuma from the Mombasa branch', ['Mwajuma']],
    ['I’m Adaeze, the new analyst on the pricing team', ['Adaeze']],
    ['hey it’s Tobiloba from the Lagos office, quick one', ['Tobiloba']],
    ['Ngozi here, from accounts. the invoice is attached', ['Ngozi']],
    ['this is Chidubem Eze, I handle vendor payments', ['Chidubem Eze']],
    ['im priya, the new analyst', ['priya']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    'this is Important, please read before the call',
    'it’s Friday, ship it',
    'I’m Back, guys, what did I miss',
    'i’m ooo today, back tomorrow',
    'this is Kubernetes from the old cluster',
    'Docs here, tests there',
    'im here if you need me',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});

/**
 * Introductions in languages whose "I am" is a plain word before the name: Indonesian and Malay ("aku Wayan
 * Sukerta", "nama saya Made Wirawan") and Vietnamese typed with or without its marks ("em la Vu Hoang Yen", "tôi
 * là Phạm Minh Châu"). The capitalised words after it, up to four, are the writer's name, whatever list has them;
 * lower-case words after it are the sentence ("saya sudah kirim"). Written before the rule.
 */
describe('PERSON: the name after "saya", "aku" or "em la" introduces the writer', () => {
  it.each([
    ['halo kak, aku Wayan Sukerta, pesanan saya belum sampai', ['Wayan Sukerta']],
    ['nama saya Made Wirawan, saya mau tanya soal tagihan bulan ini', ['Made Wirawan']],
    ['chi oi, em la Vu Hoang Yen, em gui lai file nhe', ['Vu Hoang Yen']],
    ['xin chào, tôi là Phạm Minh Châu, kế toán của công ty', ['Phạm Minh Châu']],
  ])('finds the writer in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    'saya sudah kirim dokumen kemarin, tolong dicek',
    'NIK saya 5171046708920003 ditolak terus',
    'em la nguoi moi, chua biet gi ca',
    // A fresh-eyes review's: what the writer is, not who; the same words in other languages.
    'halo, saya Manager Finance di kantor pusat, mau tanya soal tagihan',
    'saya Muslim jadi tidak bisa ikut makan siang',
    'saya Grab Driver, kenapa akun saya diblokir',
    'anh la Giam Doc Kinh Doanh cua cong ty',
    'Chi La Scala conosce bene',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});

describe('PERSON: where someone works, then what they said', () => {
  it.each([
    ['Yevheniia from the Odesa reseller says the PO is stuck', 'Yevheniia'],
    ['Tuwile from procurement called about the renewal', 'Tuwile'],
  ])('masks the speaker no list holds: %s', (text, name) => {
    expect(foundOfType(text, 'PERSON')).toContain(name);
  });

  it('leaves a tool that "says" something from where it runs alone', () => {
    expect(foundOfType('Datadog from the infra account says quota exceeded', 'PERSON')).toEqual([]);
    expect(foundOfType('Renovatebot from the api repo wants to bump axios', 'PERSON')).toEqual([]);
  });
});
