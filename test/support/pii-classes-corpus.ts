/**
 * Messages written from the classes of personal data and secrets people really paste (names in lower
 * case, ALL CAPS and other scripts, street addresses, dates of birth, passport / licence / national ids,
 * database URLs, passwords on command lines and in config, vendor keys, signed URLs, pasted CSV) —
 * written from the privacy issue's list, not from the detectors. Secrets are assembled at run time.
 * `forbidden` holds every raw value that must never reach a cloud vendor.
 */
import { seededRandom } from '../privacy/fixtures/fake-secrets.ts';
import type { CorpusMessage } from './pii-corpus.ts';

export interface ClassCorpus {
  messages: CorpusMessage[];
  forbidden: Array<{ what: string; needle: string }>;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function secrets(seed: number) {
  const random = seededRandom(seed);
  const pick = (alphabet: string, length: number): string => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  return {
    mysql: `Qz${pick(ALNUM, 8)}!`,
    curl: `hunter${pick('0123456789', 4)}x`,
    flag: `s3cr${pick(ALNUM, 6)}`,
    suffixed: `pw${pick(ALNUM, 10)}`,
    yaml: `Blue${pick(ALNUM, 7)}#9`,
    hashUrl: `pa#ss?${pick(ALNUM, 6)}/x`,
    sendgrid: ['S', 'G.', pick(ALNUM, 22), '.', pick(ALNUM, 43)].join(''),
    google: ['GOC', 'SPX-', pick(ALNUM, 28)].join(''),
    amz: pick('0123456789abcdef', 64),
    sas: `${pick(ALNUM, 40)}%3D`,
    azure: `${pick(ALNUM + '+/', 86)}==`,
    secretBase: pick('0123456789abcdef', 96),
  };
}

interface Draft {
  author: string;
  text: string;
  values: Array<[string, string]>;
}

export function buildClassCorpus(seed = 20_261_202): ClassCorpus {
  const s = secrets(seed);
  const drafts: Draft[] = [
    { author: 'Alice Anders', text: 'can u ask oluwadamilare fashola if the vendor form is signed', values: [['PERSON', 'oluwadamilare'], ['PERSON', 'fashola']] },
    { author: 'Alice Anders', text: 'LUNCH WITH WOJCIECH SZCZEPAŃSKI IS MOVED TO FRIDAY', values: [['PERSON', 'WOJCIECH'], ['PERSON', 'SZCZEPAŃSKI']] },
    { author: 'Bob Brandt', text: 'the supplier contact is 王秀英, pls reply in english', values: [['PERSON', '王秀英']] },
    { author: 'Bob Brandt', text: 'reviewers: Nkemelu, Åberg, Quispe', values: [['PERSON', 'Nkemelu'], ['PERSON', 'Åberg'], ['PERSON', 'Quispe']] },
    { author: 'Bob Brandt', text: 'Mrs HOLLOWAY-PRYCE called again about her refund', values: [['PERSON', 'HOLLOWAY-PRYCE']] },
    { author: 'Alice Anders', text: 'please courier the laptop to 742 Evergreen Terrace, Springfield 49007', values: [['ADDRESS', '742 Evergreen Terrace'], ['ADDRESS', '49007']] },
    { author: 'Alice Anders', text: 'new flat: Flat 2, 19 Kingsmead Close, Leeds LS6 2QT', values: [['ADDRESS', '19 Kingsmead Close'], ['ADDRESS', 'LS6 2QT']] },
    { author: 'Bob Brandt', text: 'she moved to Schillerstraße 41, 10627 Berlin last month', values: [['ADDRESS', 'Schillerstraße 41'], ['ADDRESS', '10627']] },
    { author: 'Bob Brandt', text: 'dob 14/07/1988 and passport no 533812947 for the visa letter', values: [['DATE_OF_BIRTH', '14/07/1988'], ['ID_NUMBER', '533812947']] },
    { author: 'Alice Anders', text: 'NI number QQ 12 34 56 C, pls fix it in payroll', values: [['ID_NUMBER', 'QQ 12 34 56 C']] },
    { author: 'Alice Anders', text: 'kyc docs: PAN ABCPE1234F, aadhaar 2345 6789 0124', values: [['ID_NUMBER', 'ABCPE1234F'], ['ID_NUMBER', '2345 6789 0124']] },
    { author: 'Bob Brandt', text: 'driving licence MORGA753116SM9IJ expires soon', values: [['ID_NUMBER', 'MORGA753116SM9IJ']] },
    { author: 'Bob Brandt', text: 'call her on (0)20 7946 0018 ext. 442 or +49 (0)30 901820', values: [['PHONE', '7946 0018'], ['PHONE', '901820']] },
    { author: 'Alice Anders', text: 'card 3530 1113 3330 0000 got declined, pay with the dankort 5019 7170 1010 3742 instead', values: [['CREDIT_CARD', '3530 1113 3330 0000'], ['CREDIT_CARD', '5019 7170 1010 3742']] },
    { author: 'Bob Brandt', text: `mysql -h 10.0.4.12 -u root -p${s.mysql} billing`, values: [['SECRET', s.mysql], ['IP', '10.0.4.12']] },
    { author: 'Bob Brandt', text: `curl -u ops:${s.curl} https://status.internal/api`, values: [['SECRET', s.curl]] },
    { author: 'Alice Anders', text: `./migrate --password=${s.flag} --env prod`, values: [['SECRET', s.flag]] },
    { author: 'Alice Anders', text: `DB_PASSWORD_PROD=${s.suffixed}`, values: [['SECRET', s.suffixed]] },
    { author: 'Bob Brandt', text: `psql postgres://etl:${s.hashUrl}@db:5432/warehouse`, values: [['SECRET', s.hashUrl]] },
    { author: 'Bob Brandt', text: `sendgrid ${s.sendgrid} and oauth ${s.google} both leaked?`, values: [['SECRET', s.sendgrid], ['SECRET', s.google]] },
    { author: 'Alice Anders', text: `https://files.s3.amazonaws.com/a.pdf?X-Amz-Signature=${s.amz}&X-Amz-Expires=300`, values: [['SECRET', s.amz]] },
    { author: 'Alice Anders', text: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${s.azure};EndpointSuffix=core.windows.net`, values: [['SECRET', s.azure]] },
    { author: 'Bob Brandt', text: `SECRET_KEY_BASE=${s.secretBase}`, values: [['SECRET', s.secretBase]] },
    {
      author: 'Bob Brandt',
      text: `database:\n  host: db\n  password: ${s.yaml}\nname,email,dob\nTiago Quaresma,tiago.q@example.net,03.05.1979`,
      values: [['SECRET', s.yaml], ['PERSON', 'Tiago Quaresma'], ['EMAIL', 'tiago.q@example.net'], ['DATE_OF_BIRTH', '03.05.1979']],
    },
  ];
  const messages = drafts.map((draft) => ({
    author: draft.author,
    text: draft.text,
    // The marker's exact counts are the other corpus's concern; here only leaks are checked.
    redactions: '',
    values: [],
  }));
  const forbidden = drafts.flatMap((draft) => draft.values.map(([what, needle]) => ({ what, needle })));
  return { messages, forbidden };
}
