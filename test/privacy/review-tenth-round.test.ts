/** What a review of the tenth round's address and name-label rules found: freezes, text they took, and addresses they lost. */
import { describe, expect, it } from 'vitest';
import { detectEntities, redact } from '../../src/router/privacy/index.ts';

describe('no freeze on long runs', () => {
  // Both patterns were tried at every character of a long run: seconds for a pasted hash, minutes for a bigger one.
  it('reads a long hex blob after a hyphenated word, and a long digit run after a CJK character, in one pass', () => {
    const hex = Array.from({ length: 64_000 }, (_, index) => '0123456789abcdef'[(index * 7) % 16]).join('');
    expect(detectEntities(`sha-256 of the release tarball: ${hex}`).filter((entity) => entity.type === 'ADDRESS')).toEqual([]);
    expect(detectEntities(`中${'1'.repeat(48_000)}`).filter((entity) => entity.type === 'ADDRESS')).toEqual([]);
  });
});

describe('ordinary chat the new rules must leave alone', () => {
  it.each([
    '首先生成报告',
    '原先生产的批次有问题',
    'Сборка упала на шаге 3, см. лог',
    'Релиз 2.3, пр. 4, см. тикет 1234',
    '東京都港区のオフィスで3-5時に会議',
    '请在上海市浦东新区的会议室3号开会',
    '版本3-2在北京市海淀区发布',
    '서울시 강남구 테헤란로 2시 미팅',
    'นัดประชุม จ.15 อ.16 ห้อง 3',
    '2 to-do items, 3 re-do items',
    'we moved 10 Jalan tickets to done',
    'PR #4521, Backend, Review',
    'House 2, Season 4, Netflix',
    'Shop 4, Figma, Canva',
    'cliente: Acme Corp',
    '{"nombre": "Test Suite"}',
    'nom: build-server',
  ])('leaves %j unredacted', (text) => {
    expect(redact(text).entities).toEqual([]);
  });

  it('ends a span at a word boundary or not at all', () => {
    expect(redact('Nombre: Informe Trimestral Q3').text).toBe('Nombre: Informe Trimestral Q3');
    expect(redact('Meet at 12 Main St, 2 people max').text).toBe('Meet at [ADDRESS], 2 people max');
  });
});

describe('addresses the new rules must keep', () => {
  it('keeps a Viennese door after the house number, and the designator of an Indian house number', () => {
    expect(redact('Ship to Herrengasse 5/Top 3, 1010 Wien').text).toBe('Ship to [ADDRESS]');
    expect(redact('H.No. 4-1-5, Abids, Hyderabad 500001').text).toBe('[ADDRESS]');
  });

  it('keeps a Chinese surname before a title where a name starts', () => {
    expect(redact('请联系王女士确认地址').text).toBe('请联系[PERSON]女士确认地址');
  });
});
