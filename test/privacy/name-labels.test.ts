import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';
import { detectEntities, redact } from '../../src/router/privacy/index.ts';

/** Forms and letters in other languages say whose name follows, as "Name:" does in English. */
describe('PERSON: the name after a label or "in the name of", in other languages', () => {
  it('takes the value of a name field in JSON, forms and labels', () => {
    expect(redact('{"cliente": "Aylin Demirtaş", "total": 12}').text).toBe('{"cliente": "[PERSON]", "total": 12}');
    expect(redact('Imię i nazwisko: Katarzyna Zielińska\nPESEL: brak').text).toContain('Imię i nazwisko: [PERSON]');
    expect(redact('Nom : Gaëlle Fournier').text).toBe('Nom : [PERSON]');
    expect(redact('收货人：黄嘉怡').text).toBe('收货人：[PERSON]');
    expect(redact('수령인: 김도윤').text).toBe('수령인: [PERSON]');
  });

  it('takes the name after "in the name of" in Romance and Germanic languages', () => {
    expect(redact('la réservation est au nom de Thibault Marchand').text).toBe('la réservation est au nom de [PERSON]');
    expect(redact('el paquete va a nombre de Lucía Ferrer').text).toBe('el paquete va a nombre de [PERSON]');
    expect(redact('het pakket staat op naam van Sanne de Vries').text).toBe('het pakket staat op naam van [PERSON]');
  });

  it('takes a Chinese surname before a courtesy title', () => {
    expect(redact('请联系王女士确认地址').text).toBe('请联系[PERSON]女士确认地址');
  });

  it('leaves labels whose value is not a name, and titles without a surname, alone', () => {
    expect(redact('nom de domaine: example.fr, le nom du projet est Atlas').entities).toEqual([]);
    expect(redact('el nombre del producto es Nova').entities).toEqual([]);
    expect(redact('先生们，女士们，欢迎').entities).toEqual([]);
    expect(redact('cliente: 4411').entities).toEqual([]);
  });
});

describe('PERSON: a CJK name label with a space instead of a colon', () => {
  it.each([
    ['pls translate for the embassy: 姓名 李建华, 公民身份号码 in the next line', '李建华'],
    ['hotel form says 氏名 佐藤美咲 — is that the right order?', '佐藤美咲'],
    ['what does 이름 박서준 mean on this form', '박서준'],
  ])('%j', (text, name) => {
    expect(detectEntities(text).some((entity) => entity.type === 'PERSON' && entity.value.includes(name))).toBe(true);
    expect(redact(text).text).not.toContain(name);
  });

  it('leaves a label followed by a sentence alone', () => {
    expect(detectEntities('填写姓名 请用中文书写全部内容').filter((entity) => entity.type === 'PERSON')).toEqual([]);
  });
});

describe('PERSON: name labels of other scripts and languages', () => {
  it.each([
    ['kyc doc fields: नाम: सुनीता देवी शर्मा, पता: see below', 'सुनीता देवी शर्मा'],
    ['الاسم: فاطمة الزهراء', 'فاطمة الزهراء'],
    ['invoice header שם: נועה לוי', 'נועה לוי'],
    ['Имя: Ольга', 'Ольга'],
    ['Nama: Siti Rahayu', 'Siti Rahayu'],
    ['họ và tên: Trần Thị Mai', 'Trần Thị Mai'],
  ])('%j', (text, name) => {
    expect(foundOfType(text, 'PERSON')).toContain(name);
  });
});

describe('PERSON: who attended, as Chinese, Japanese and Korean minutes list them', () => {
  it.each([
    ['会議メモ\n出席者：佐藤 健、小林 あおい、Tom Reed\n・来週までに見積もり', ['佐藤 健', '小林 あおい']],
    ['会议纪要\n参会人：王芳（市场）、李强（财务）\n周五前提交预算', ['王芳', '李强']],
    ['회의록\n참석: 김지훈 팀장, 박서연\n- 다음 주 배포', ['김지훈', '박서연']],
  ])('%s', (text, names) => {
    for (const name of names) expect(foundOfType(text, 'PERSON')).toContain(name);
  });

  it('takes the words for everyone and a room for no one', () => {
    expect(foundOfType('出席：全员、会议室A', 'PERSON')).toEqual([]);
    expect(foundOfType('참석: 모두', 'PERSON')).toEqual([]);
  });
});
