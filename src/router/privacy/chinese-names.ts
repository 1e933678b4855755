import { personAt, type Candidate } from './types.ts';

/** The most frequent Chinese surnames, simplified and traditional: together they are borne by most people in China. */
export const CHINESE_SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯';
/** Two-character surnames (欧阳, 司马, 诸葛…), whose bearers have one or two characters of given name after them. */
const COMPOUND_SURNAMES = '欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|司徒|夏侯|长孙|長孫|宇文|端木|独孤|獨孤';

/**
 * Chinese writes names without spaces or capitals; what marks them is around them. A name opens with a surname and
 * ends where the mark begins:
 * - a title after it ("请黄经理确认", "郭晓燕女士"): the surname, with up to two characters of given name;
 * - a person's details after 的 ("林嘉怡的手机号"), or an envelope's 收 ("罗子涵 收"): three characters, or a compound
 *   surname and one or two — two characters that open with a surname's character are as often a word ("周报的地址" is
 *   the weekly report's, "黄金" is gold).
 * A space after a three-character run opening a line is no mark: "高可用 架构", "东方财富 股票" open lines too.
 * The name starts after a character that is no Han, or after a word that hands something to someone or asks them
 * (请, 给, 和, 跟, 找, 问…). Labels that list people ("参会人：…") are detect-name-labels.ts's.
 */
const HAN = String.raw`\p{Script=Han}`;
const SINGLE = `[${CHINESE_SURNAMES}]`;
const START = String.raw`(?<=^|[^\p{Script=Han}]|[请請给給和跟与與及让讓叫找问問把被向对對由是从從在帮幫替陪同将將])`;
const TITLES = '总经理|總經理|经理|經理|总监|總監|老师|老師|先生|女士|小姐|医生|醫生|律师|律師|主任|教授|老板|老闆|同学|同學';
const DETAILS = '地址|住址|电话|電話|手机|手機|邮箱|郵箱|身份证|身份證|护照|護照|生日|工资|工資|银行卡|銀行卡|账号|帳號';
const FULL_NAME = String.raw`(?:(?:${COMPOUND_SURNAMES})${HAN}{1,2}|${SINGLE}${HAN}{2})`;
/** 向 and 于 are surnames, but before a title they are "to": "向老师请教", "于经理而言". */
const TITLE_SURNAME = `[${CHINESE_SURNAMES.replace(/[向于]/gu, '')}]`;
const TITLED = new RegExp(String.raw`${START}((?:${COMPOUND_SURNAMES})${HAN}{0,2}?|${TITLE_SURNAME}${HAN}{0,2}?)(?=${TITLES})`, 'gu');
const WITH_DETAILS = new RegExp(String.raw`${START}(${FULL_NAME})(?=的(?:${DETAILS}))`, 'gu');
const ADDRESSEE = new RegExp(String.raw`(?<=^|[^\p{Script=Han}])(${FULL_NAME})(?=[ \u3000]*收(?:[\s，,。]|$))`, 'gu');
const HAN_CHARACTER = /\p{Script=Han}/u;

/**
 * Grammar and counting characters, and the characters that end words for places, bodies and ranks, which no given name
 * is made of: a "name" holding one is a phrase that opens with a surname's character ("许多人的邮箱", many people's mail;
 * "高层的电话", "高铁站的地址", "徐汇区的电话", "高级经理", "任何老师", "任课老师", "金融律师").
 */
const PHRASE_CHARACTERS = /[多人们們家些个個位种種所有的了在是这這那每各本该該都也就还還又很层層部门門何级級课課区區站店室市省路局院厂廠馆館场場港园園城镇鎮村县縣队隊组組团團司网網铁鐵线線融务務]/u;

export function chineseMarkedNames(text: string): Candidate[] {
  if (!HAN_CHARACTER.test(text)) return [];
  const found: Candidate[] = [];
  for (const pattern of [TITLED, WITH_DETAILS, ADDRESSEE]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      if (!PHRASE_CHARACTERS.test(name.slice(1))) found.push(personAt(match.index + match[0].length - name.length, name));
    }
  }
  return found;
}
