/**
 * Chinese writes names without spaces or capitals; what marks them is around them: a title after the name
 * ("请黄经理确认", "郭晓燕女士"), a person's details after 的 ("林嘉怡的手机号") or an envelope's 收 ("罗子涵 收"). (Labels
 * that list people are read by the label pass.) A space after a line's first words is no mark ("高可用 架构").
 * The name opens with a Chinese surname, compound ones included (欧阳, 司马, 诸葛). Written before the rule.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: Chinese names by the marks around them', () => {
  it.each([
    ['麻烦请黄经理明天确认一下合同', ['黄']],
    ['这是郭晓燕女士的报销单，麻烦看一下', ['郭晓燕']],
    ['帮我把林嘉怡的手机号加到群里', ['林嘉怡']],
    ['快递单：成都市武侯区人民南路四段 罗子涵 收', ['罗子涵']],
  ])('finds the people in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each(['周报的地址发我一下', '请高速公路管理处确认', '王者荣耀的客服电话是多少', '黄金价格今天又涨了', '参会人：产品组、研发组'])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});

describe('PERSON: Chinese phrases that open with a surname character', () => {
  it.each([
    '许多人的电话都换了',
    '高层的地址在附件里',
    '各部门的邮箱请更新',
    // A fresh-eyes review's: a rank, "any", a course, "to", a body's or a place's name before a title or 的, a line's first words.
    '请高级经理确认',
    '任何老师都可以',
    '向老师请教一下',
    '高铁站的地址发我',
    '徐汇区的电话是多少',
    '高可用 架构怎么设计',
    '东方财富 股票今天跌了',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
