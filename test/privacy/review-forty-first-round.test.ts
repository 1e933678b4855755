/**
 * The forty-first round's families, in messages of our own (not the evaluation sets'): the values beside names that people
 * paste in tables, forms and notes — record numbers, dates of birth in other languages' formats, passwords and keys said
 * without a key name. Each rule with what it must find and what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const ids = (text: string) => foundOfType(text, 'ID_NUMBER');
const births = (text: string) => foundOfType(text, 'DATE_OF_BIRTH');
const secrets = (text: string) => foundOfType(text, 'SECRET');
const persons = (text: string) => foundOfType(text, 'PERSON');
const phones = (text: string) => foundOfType(text, 'PHONE');

describe('pasted tables, read as CSV, psql and Markdown write them', () => {
  it('keeps a quoted cell that holds the delimiter in one piece, and reads the rows after it', () => {
    const csv = 'id,name,email,dob\n7,"Nowak, Zofia",z.nowak@poczta.pl,03/11/1987\n8,Ines Duarte,ines.d@mail.pt,1990-02-14';
    expect(persons(csv)).toContain('Nowak, Zofia');
    expect(births(csv)).toEqual(['03/11/1987', '1990-02-14']);
    const semicolons = 'Nr;Name;Geburtsdatum\n1;"Brandt; Jonas";12.08.1979';
    expect(births(semicolons)).toEqual(['12.08.1979']);
  });

  it('reads the rows under a psql or Markdown rule', () => {
    const psql = ' member_no | name         | mobile\n-----------+--------------+------------\n M-20417   | Tomasz Wrona | 9934012877\n M-20433   | Ewa Lis      | 9934012871';
    expect(ids(psql)).toEqual(['M-20417', 'M-20433']);
    expect(phones(psql)).toEqual(['9934012877', '9934012871']);
    const markdown = '| name | email |\n|---|:---:|\n| Bob Marek | bob.marek@example.org |';
    expect(foundOfType(markdown, 'EMAIL')).toEqual(['bob.marek@example.org']);
  });

  it("masks a column of people's numbers: staff and policy numbers, id papers in any language, a customer's beside their name", () => {
    expect(ids('emp_id,full_name,amount\nKX-0231,Rashid Omar,7200.00\nKX-0244,Lina Haddad,5400.00')).toEqual(['KX-0231', 'KX-0244']);
    expect(ids('Personalnr;Name;SV-Nummer\n30418;Maier, Anna;65170839J003')).toEqual(['30418', '65170839J003']);
    expect(ids('cust_id,name,phone\nC-88120,Aylin Kaya,0532 418 2211')).toEqual(['C-88120']);
  });

  it('leaves record numbers and a bare id, the cells under a form line a comma splits, and empty cells', () => {
    expect(ids('order_id,customer_id,amount\n4471,8812,20.00')).toEqual([]);
    expect(ids('id,name,email\n1001,Jo Park,jo.park@example.com')).toEqual([]);
    expect(ids('Seller: [name / company], VAT: [VAT]\nBuyer: Acme sp. z o.o., VAT: 000-000-00-00 (placeholder)')).toEqual([]);
    expect(ids('staff_no,name\nn/a,Kim Ode')).toEqual([]);
  });
});

describe("dates of birth as other languages write them", () => {
  it.each([
    ['nació el 4 de junio del 88 según el padrón', '4 de junio del 88'],
    ['nacida el 19 de octubre de 1992 en Valparaíso', '19 de octubre de 1992'],
    ['data de nascimento 7 de maio de 1985', '7 de maio de 1985'],
    ['urodzona 3 lutego 1991 w Krakowie', '3 lutego 1991'],
    ['doğum tarihi: 14 Ağustos 1989', '14 Ağustos 1989'],
    ['дата рождения 9 сентября 1979', '9 сентября 1979'],
    ['ngày sinh: 12 tháng 7 năm 1994', '12 tháng 7 năm 1994'],
    ['sinh ngày 02/09/1990 tại Huế', '02/09/1990'],
    ['szül. 1986. március 21.', '1986. március 21.'],
    ['FECHA NAC 21 07 1993', '21 07 1993'],
    ['Νίκος, γεν. 11.04.1983', '11.04.1983'],
    ['1991年8月30日生まれ', '1991年8月30日'],
    ['जन्म मिति २०४९/०३/१०', '२०४९/०३/१०'],
  ])('finds the birth date in %s', (text, date) => {
    expect(births(text)).toContain(date);
  });

  it('leaves the same formats where nothing speaks of a birth, and a Bikram Sambat year outside Devanagari text', () => {
    expect(births('la reunión es el 5 de marzo de 2025 en Madrid')).toEqual([]);
    expect(births('faktura z 3 lutego 2024, termin 14 dni')).toEqual([]);
    expect(births('meeting 12 03 2025 about the launch')).toEqual([]);
    expect(births('born to run, release 2052/04/15 planned')).toEqual([]);
  });
});

describe('passwords and keys said without a key name', () => {
  it.each([
    ['prod db password got pasted in #ops: `Qz7!mL29#vTx` — rotating now', 'Qz7!mL29#vTx'],
    ['bmc root / Hw9!tRq2@Lm on the sticky note', 'Hw9!tRq2@Lm'],
    ['router admin page: admin / Fx@Lagos2024!', 'Fx@Lagos2024!'],
    ['usuario: el de siempre / clave: Andes!7731', 'Andes!7731'],
    ['パスワード: Kyoto#2031', 'Kyoto#2031'],
    ['the lastpass export row: "Payroll SFTP","hq_pay","Birch!Lantern82#"', 'Birch!Lantern82#'],
    ['vpn psk got shared in the screenshot, current one 9dR2kW7pLx4QmZ8v', '9dR2kW7pLx4QmZ8v'],
    ['wifi key for the lab: Tq8vN2xLm5RwZ3kP', 'Tq8vN2xLm5RwZ3kP'],
  ])('finds the secret in %s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('leaves idempotency and cache keys, encoded preferences, public keys and fingerprints', () => {
    expect(secrets('retry with the idempotency key 4b1e8d2f9a7c3e6b5d4c2a1f0e9d8c7b')).toEqual([]);
    expect(secrets('prefs cookie: eyJ0aGVtZSI6ImRhcmsiLCJsYW5nIjoiZW4ifQ==')).toEqual([]);
    expect(secrets('my wg public key for the peer list Lk2Jv8Qm4Rt6Yp0Wz3Xc5Vb7Nn9Aa1Ss+Dd3Ff5Gg7H= (fine to share)')).toEqual([]);
    expect(secrets('host key fingerprint SHA256:Pq3Rt7Wm2Lx9Kz4Vb8Nc1Jh6Gf5Ds0Aa+Ee2Yu4Ii6Oo')).toEqual([]);
    expect(secrets('the key point: Q3 / FY2025 numbers are in')).toEqual([]);
  });
});

describe('id numbers by their papers and their checksums', () => {
  it('finds an Emirates ID hyphenated or after its word, an Aadhaar and a Swedish personnummer after theirs; not a payment reference or an order id', () => {
    expect(ids('visitor badge for Omar Saeed: 784-1985-1234567-3')).toEqual(['784-1985-1234567-3']);
    expect(ids('the emirates id scanner reads 784198512345673 for the visitor, no dashes')).toEqual(['784198512345673']);
    expect(ids('the emirates id scanner reads 784198512345678 for the visitor, no dashes')).toEqual([]);
    expect(ids('txn ref 784198512345673 settled in AED')).toEqual([]);
    expect(ids('order id 234123412346 was refunded')).toEqual([]);
    expect(ids('aadhaar ekyc failed for the driver, number 234123412346, customer says it is right')).toEqual(['234123412346']);
    expect(ids('skatteverket letter: personnummer 8112189876')).toEqual(['8112189876']);
  });

  it("finds staff, policy and social-insurance numbers after their words, in the languages people use", () => {
    expect(ids('leaver: Dana Wolfe, last day friday, emp NY-30412')).toEqual(['NY-30412']);
    expect(ids('claim for the van: policy QBE-2291-55120, driver Sione Latu')).toEqual(['QBE-2291-55120']);
    expect(ids('BPJS TK: 23019948127')).toEqual(['23019948127']);
    expect(ids('PF UAN: 100947226518')).toEqual(['100947226518']);
  });

  it("leaves a firm's business number, a policy's version, and an UPN field spoken of", () => {
    expect(ids('Harbour Freight Pty Ltd, Level 3, ABN 53 102 443 916')).toEqual([]);
    expect(ids('see the travel policy v2 and the policy doc for 2024')).toEqual([]);
    expect(ids('the upn field in azure ad is wrong for all guests')).toEqual([]);
  });

  it("leaves rules' and ledgers' codes, a firm's registry, and acronyms that name other things before other shapes", () => {
    expect(ids('see policy SEC-0042 for the data retention rules')).toEqual([]);
    expect(ids('emp SEC-2024 audit report is ready')).toEqual([]);
    expect(ids('account AWS-PROD-2024 cost spike')).toEqual([]);
    expect(ids('ticaret sicil no 123456 olan firma')).toEqual([]);
    expect(ids('supplier NTN 4163371-5 is on the tax certificate')).toEqual([]);
    expect(ids('polis nr 2024 van de vloot verloopt in juni')).toEqual([]);
    expect(ids('NTN Bearings quoted for NTN 6204-2RS')).toEqual([]);
    expect(ids('call the helpline UAN 111-786-786')).toEqual([]);
    expect(ids('maintenance window MST 1400-1600, RUN 2024-11 of the pipeline failed')).toEqual([]);
  });
});

describe("people's numbers named in the languages of the offices that paste them", () => {
  it.each([
    ['marek (nr prac. 30512) odchodzi 30.06', '30512'],
    ['Sipho Ndlovu (werknemernr 7120) se kontrak', '7120'],
    ['Kundennummer 8812-5530-DE, bitte prüfen', '8812-5530-DE'],
    ['klant (klantnr K-55120398) belde', 'K-55120398'],
    ['la póliza SGM-55120991-02 cubre a la titular', 'SGM-55120991-02'],
    ['Elif Demir (müşteri no 50128833) aradı', '50128833'],
    ['mã khách hàng KH-3301927, địa chỉ mới', 'KH-3301927'],
    ['mã số thuế cá nhân của anh là 8012345678', '8012345678'],
    ['社員番号 K-30117 の住所変更', 'K-30117'],
    ['お客様番号：CUST-JP-009921', 'CUST-JP-009921'],
  ])('finds the number in %s', (text, number) => {
    expect(ids(text)).toContain(number);
  });

  it('reads headers in camel case, underscores and other languages, and leaves ledger accounts alone', () => {
    const sage = 'EmpNo,Surname,FirstName,TaxRef,DOB\nZA2231,Mokoena,Lindiwe,0193427716,1991/04/02';
    expect(ids(sage)).toEqual(['ZA2231', '0193427716']);
    const vietnamese = 'STT,Họ và tên,Số CCCD,Ngày sinh,Mã số BHXH\n1,Trần Thị Mai,079195004318,21/08/1995,7914203356';
    expect(births(vietnamese)).toEqual(['21/08/1995']);
    expect(ids(vietnamese)).toEqual(['079195004318', '7914203356']);
    expect(persons(vietnamese)).not.toContain('Ngày');
    const turkish = ' musteri_no | ad_soyad    | dogum_tarihi\n------------+-------------+-------------\n M-44120    | Cem Yıldız  | 1990-02-11';
    expect(ids(turkish)).toEqual(['M-44120']);
    expect(births(turkish)).toEqual(['1990-02-11']);
    expect(ids('CostCentre,GLAccount,Period,Amount\nCPT-OPS,4100/010,2024-03,"182,440.00"')).toEqual([]);
    expect(ids('account_no,balance,currency\n4100-010,200,EUR')).toEqual([]);
  });

  it("leaves a console's or a frame's bare name column over services, and numbers of firms' tables", () => {
    expect(persons('>>> df\n   name      status  cpu_pct\n0  checkout  ok      12.5\n1  payments  ok      8.1')).toEqual([]);
    expect(ids('policy_id,name,effect\nPOL-001,ReadOnly,allow')).toEqual([]);
    expect(ids('driver_id,vehicle,route\nDRV-031,WGM 4471C,R-01')).toEqual([]);
  });

  it("reads a frame printed with aligned columns, and not a console's listing of machines", () => {
    const frame = '>>> df.head()\n   emp_id        nazwisko        pesel  data_ur\n0    1182   Lis A.   78120120939.0  1978-12-01';
    expect(ids(frame)).toEqual(['1182', '78120120939.0']);
    expect(births(frame)).toEqual(['1978-12-01']);
    expect(persons('NAME                STATUS   ZONE\nworker-pool-a-7f2   Ready    us-east-1a\nworker-pool-a-9k4   Ready    us-east-1b')).toEqual([]);
  });

  it('leaves words under a column a number or an address should fill, and a list item that names one column', () => {
    expect(phones('columns name, team, phone?\n- Aiko Mori, design, Tokyo\n- Lee Min, mobile, Seoul')).toEqual([]);
    expect(persons('- Aiko Mori, mobile, Tokyo\n- Lee Min, design, Seoul')).toContain('Aiko Mori');
  });
});

describe('codes passed on in any words', () => {
  it.each([
    ['the alarm code for the Leeds cross-dock is 4 0 7 2 and the keybox by the gate is 5581.', ['4 0 7 2', '5581']],
    ['kod do szafki w szatni to 2207, zmiencie go', ['2207']],
    ['the maintenance pin from the vendor sheet is 66120. where do i enter it', ['66120']],
    ['supervisor PIN to unlock settings, it\'s 135790 on all of them', ['135790']],
    ['mã OTP của em là 417 209, anh duyệt giúp', ['417 209']],
    ['the OTP from the bank came through as 83 10 27 and i pasted it', ['83 10 27']],
    ['el código que me llegó para entrar al portal es 551-208, pero', ['551-208']],
    ['la clave de la caja fuerte es 12-40-77, no la compartas', ['12-40-77']],
    ['金庫 4-1-8-2 と書いてある付箋', ['4-1-8-2']],
    ['locker 3 - Nomsa Khumalo - code 6610', ['6610']],
  ])('finds the code in %s', (text, codes) => {
    expect(secrets(text)).toEqual(codes);
  });

  it("leaves a business's codes nothing is opened with, and a password-shaped tag after a branch", () => {
    expect(secrets('the warehouse code is 2201 in SAP, GL code: 6100 for all travel')).toEqual([]);
    expect(secrets('código del pedido: 88123, clave SAT del producto: 43211503')).toEqual([]);
    expect(secrets('code 4471 in the gateway logs, see the application docs')).toEqual([]);
    expect(secrets('the code review moved to 1430 tomorrow')).toEqual([]);
    expect(secrets('palabra clave: Promo#Verano2024!')).toEqual([]);
    expect(secrets('staging / Build#4471-rc1 failed the smoke test')).toEqual([]);
    expect(secrets('sort key for the table is CreatedAtIso8601Utc2024')).toEqual([]);
    expect(secrets('the key is 7hL2pQw9Zk4mN1xV in the example config, replace it')).toEqual([]);
  });

  it('still finds a private key or credentials on a line that also names a public key or a fingerprint', () => {
    expect(secrets('private key (not the public key): Zk4mN1xV7hL2pQw9Rt8sQa1')).toEqual(['Zk4mN1xV7hL2pQw9Rt8sQa1']);
  });

  it("leaves postcodes, tariff and legal codes, JSON keys, a pinned version and an Indian PIN", () => {
    expect(secrets('el código postal es 28001')).toEqual([]);
    expect(secrets('HS code for the shipment is 84713000')).toEqual([]);
    expect(secrets('section 4471 of the civil code, code 4471 of the civil law')).toEqual([]);
    expect(secrets('{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}')).toEqual([]);
    expect(secrets('`{"code":"E_ADDR_422","field":"postal_code"}` for a shipment to 06700')).toEqual([]);
    expect(secrets('pin the version to 2024 and redeploy')).toEqual([]);
    expect(secrets('Koramangala, Bangalore, PIN: 560034')).toEqual([]);
  });
});

describe('passwords right after their word, and the words for a password in more scripts', () => {
  it.each([
    ["wifi 'Harbour-Guest' pw sunnyday2024. can u print it", 'sunnyday2024'],
    ['la red de invitados, clave visitas2025 — y la otra', 'visitas2025'],
    ['パスワード: umi-kaze-2024-natsu', 'umi-kaze-2024-natsu'],
    ['mật khẩu là trangchu2024 nhé', 'trangchu2024'],
  ])('finds the password in %s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('leaves a password word before a plain word', () => {
    expect(secrets('pw reset link expired again')).toEqual([]);
    expect(secrets('la clave del éxito es hablar con el cliente')).toEqual([]);
  });
});

describe('birth dates in Arabic, Hijri, Roman-numeral and passport month forms', () => {
  it.each([
    ['DOB 1 يناير 1988. the form wants', '1 يناير 1988'],
    ['تاريخ الميلاد: 15 شعبان 1410', '15 شعبان 1410'],
    ['born 7 ramadan 1414 according to the old card', '7 ramadan 1414'],
    ['paszport EK6021845, ur. 2 VI 1985', '2 VI 1985'],
    ['ngày sinh ghi 12 THG 8 1990 trên hộ chiếu', '12 THG 8 1990'],
    ['urodziła się 12 marca 1988 w Łodzi', '12 marca 1988'],
    ['nasceu em 3 de maio de 1990, em Recife', '3 de maio de 1990'],
    ['doğum: 3 Eki 1990', '3 Eki 1990'],
    ['data urodzenia: 3 sty 1990', '3 sty 1990'],
  ])('finds the birth date in %s', (text, date) => {
    expect(births(text)).toContain(date);
  });

  it("leaves a recent date beside a thing's birthday, birth or age, and keeps a child's birth date said as one", () => {
    expect(births('birthday promo runs 3 de mayo de 2025 to 10 de mayo de 2025')).toEqual([]);
    expect(births('Age verification service v2 goes live 15 Mayıs 2025')).toEqual([]);
    expect(births('born-in-the-cloud strategy: go-live 12 03 2025')).toEqual([]);
    expect(births('my son Anele, born 14 March 2025, needs to be added to the medical aid')).toEqual(['14 March 2025']);
    expect(births('fecha de nacimiento: 3 de mayo de 2025 (mi hija)')).toEqual(['3 de mayo de 2025']);
  });

  it('leaves a Roman-numeral date nothing calls a birth, and lower-case letters between numbers', () => {
    expect(births('release 2 VI 2024 of the app')).toEqual([]);
    expect(births('set max age to 30 x 1000 ms')).toEqual([]);
    expect(births('age 2 v 2020 cohort')).toEqual([]);
  });
});
