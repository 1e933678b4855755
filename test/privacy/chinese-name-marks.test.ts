/**
 * Chinese writes names without spaces or capitals; what marks them is around them: a label that lists people
 * ("参会人：张伟（产品）、刘洋（研发）"), a title after the name ("请李经理确认", "王秀英女士"), a person's details after
 * 的 ("王秀英的地址是…"), an envelope's 收 ("陈雨轩 收"), or a space after a name opening a line ("欧阳敏 下周负责值班").
 * The name opens with a Chinese surname, compound ones included (欧阳, 司马, 诸葛). Written before the rule.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: Chinese names by the marks around them', () => {
  it.each([
    ['翻译成英文：\n会议纪要\n参会人：周婷（产品）、孙浩然（研发）、Emily Zhou（客户方）', ['周婷', '孙浩然', 'Emily Zhou']],
    ['请黄经理明天确认一下合同', ['黄']],
    ['这是郭晓燕女士的报销单，麻烦看一下', ['郭晓燕']],
    ['帮我翻译成英文：林嘉怡的地址是广州市天河区体育西路', ['林嘉怡']],
    ['寄到这里：\n深圳市南山区科技园 罗子涵 收', ['罗子涵']],
    ['司马俊 下周负责值班，有事找他', ['司马俊']],
  ])('finds the people in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each(['周报的地址发我一下', '请高速公路管理处确认', '王者荣耀的客服电话是多少', '黄金价格今天又涨了', '参会人：产品组、研发组'])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});

describe('PERSON: Chinese phrases that open with a surname character', () => {
  it.each(['许多人的电话都换了', '高层的地址在附件里', '各部门的邮箱请更新'])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
