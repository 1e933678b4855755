import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.value);
}

describe('PERSON: names in a message written in another script throughout', () => {
  it.each([
    ['Ирина Ковалёва подписала договор', ['Ирина Ковалёва']],
    ['Γιώργος Παπαδόπουλος ενέκρινε την αλλαγή', ['Γιώργος Παπαδόπουλος']],
    ['山田 太郎さんに連絡してください', ['山田 太郎']],
    ['김민수 님 자료 보냈습니다', ['김민수']],
    ['王伟 和 李娜 明天开会', ['王伟', '李娜']],
    ['सुनील गुप्ता ने मीटिंग रद्द कर दी', ['सुनील गुप्ता']],
  ])('finds the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Спасибо, всё работает. Релиз завтра', '前端 和 后端 都需要更新', '고객님 문의 확인했습니다', '선생님 감사합니다', 'ありがとうございます、明日確認します'])(
    'leaves %j alone',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('PERSON: Japanese honorifics after words that are no one', () => {
  it.each(['皆さん、今日もよろしくお願いします', 'お客様から返事が来ました', '店員さんに聞きました'])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('finds a family name before さん', () => {
    expect(names('小林さんに送ってください')).toEqual(['小林']);
  });
});

describe('PERSON: a passage in another script pasted to be translated is not a name', () => {
  it('leaves a sentence split only by digits and punctuation, and still finds a lone name in Latin text', () => {
    const notice = '本日のリリースは中止になりました。明日の午前 10 時に改めて実施します — can you translate this for the US team';
    expect(detectEntities(notice).filter((entity) => entity.type === 'PERSON')).toEqual([]);
    expect(detectEntities('the new hire is 陈宇泽, starting monday').filter((entity) => entity.type === 'PERSON').map((entity) => entity.value)).toEqual(['陈宇泽']);
  });
});

describe('PERSON: how Japanese and Korean text sets a name apart', () => {
  it('finds a Japanese name with a space before its honorific, as on an envelope', () => {
    expect(names('大阪府大阪市北区梅田1-2-3 田中 優子 様')).toEqual(['田中 優子']);
    expect(names('請求書は 山本 さん 宛てでお願いします')).toEqual(['山本']);
  });

  it('finds Korean names listed with slashes or commas after a word that says people, each opening with a surname', () => {
    expect(names('이번 주 당번: 최유진 / 한지민')).toEqual(['최유진', '한지민']);
    expect(names('발표 순서는 정하늘, 윤서준, 임다은 입니다')).toEqual(['정하늘', '윤서준', '임다은']);
  });

  it('leaves Korean lists of places, documents and things alone, and Chinese possessives', () => {
    for (const text of ['회의실 / 사무실 / 휴게실 예약 완료', '정기적, 임시적 점검 모두 필요합니다', '대상 지역: 강남구, 서초구, 송파구', '필요 서류: 기술서, 제안서, 명세서', '请把高管的电话发给我', '许多人的邮箱都改了', 'お客 様への連絡']) {
      expect(names(text), text).toEqual([]);
    }
  });
});

/**
 * A passage in another script pasted into an English message is no name as a whole, but the names in it are
 * marked as that script marks them: an envelope's honorific, a Thai title, a Korean 님.
 */
describe('PERSON: names inside a passage in another script pasted into an English message', () => {
  it('reads the passage with its own script’s marks of a name', () => {
    expect(names('could you put this in english for the courier: 大阪府大阪市北区梅田1-2-3 グランドハイツ梅田804 田中 優子 様')).toEqual(['田中 優子']);
    expect(names('what does this say? "내일 회의는 최유진 님이 진행합니다. 자료는 공유 폴더에 있습니다"')).toEqual(['최유진']);
    expect(names('pls translate the card: "ขอบคุณคุณวิชัย ศรีสุข มากครับ ที่ช่วยเรื่องเอกสาร"')).toEqual(['วิชัย ศรีสุข']);
  });

  it('masks the first words of a passage that the English before it says are a person', () => {
    expect(names('receipt from סיגל אברהם, רחוב ביאליק 40, רמת גן, תשלום במזומן — what is the total in euro')).toEqual(['סיגל אברהם']);
    expect(names('my landlord سامي خوري، the rest of his message: "الإيجار مستحق يوم الخميس، يرجى التحويل إلى الحساب المعتاد"')).toEqual(['سامي خوري']);
  });

  it('still leaves a passage with no such mark alone', () => {
    expect(names('what does this say: "הפגישה מחר בשעה 10, תביאו את המסמכים בבקשה"')).toEqual([]);
    expect(names('can you translate this notice for the US team: 本日のリリースは中止になりました。明日の午前 10 時に改めて実施します')).toEqual([]);
    expect(names('pls translate: "ขอบคุณมากครับ ที่ช่วยเรื่องเอกสาร วันนี้ส่งแล้ว"')).toEqual([]);
  });
});
