/**
 * The commonest function words (articles, prepositions, pronouns, auxiliaries, weekdays, greetings) of the
 * Latin-script languages whose chat reaches the bot, by ISO 639-1 code. A sentence's function words tell
 * its language even when every other word is a noun nobody listed: "De release van vrijdag is uitgesteld
 * tot na het weekend" has five Dutch ones and one English. Short lists on purpose: each word must be
 * frequent in its language and rare inside an English sentence, apart from the few shared ones ("in", "is"). Spanish and
 * Portuguese have their pronouns and the words chat shortens ("q", "xq", "porfa", "pa"; "pra", "vc", "hj", "tá", "né"), without
 * which a short message typed so ("a Bruna do comercial pediu pra trocar a senha") reads as no language.
 *
 * The table has the shape of the `stopwords-iso` package's export ({ code: words[] }), so that package
 * (or any list of the same shape) can replace it in `FUNCTION_WORDS` without touching the callers.
 */
export type FunctionWordLists = Readonly<Record<string, readonly string[]>>;

const words = (list: string): readonly string[] => list.trim().split(/\s+/u);

const BUILT_IN: FunctionWordLists = {
  en: words(`
    the a an and or but of to in on at for with from by about as is are was were be been has have had do does did will would
    can could should may might must not this that these those it its you he she we they me him her us them my your his our
    their what which who when where why how all any some if then so than too very just also please thanks here there`),
  de: words(`
    der die das den dem des ein eine einen einem einer und oder aber ist sind war waren hat haben habe wird werden wurde nicht
    kein keine auch noch schon nur sehr mit von zu zum zur im am an auf aus bei nach vor für über unter um durch ich du er sie
    es wir ihr uns unser bitte danke heute morgen gestern wie was wer wo wann warum dass weil wenn dann jetzt hier montag
    dienstag mittwoch donnerstag freitag samstag sonntag`),
  nl: words(`
    de het een en van op te met voor aan bij uit over naar zijn was waren heeft hebben heb wordt worden werd niet geen ook nog
    wel maar of dat die dit deze er ik je jij we wij ze zij hij ons onze mijn tot na om door tussen tijdens zonder kan kunnen
    moet moeten zal zullen gaat gaan vandaag morgen gisteren bedankt alvast graag als dan toch even nu maandag dinsdag woensdag
    donderdag vrijdag zaterdag zondag`),
  sv: words(`
    och att det som en ett på är av för med till den de inte om har var jag du vi ni han hon kan ska skulle men eller från
    efter när vid mot alla varje också bara nu då här där hur vad idag imorgon igår tack klockan mycket måndag tisdag onsdag
    torsdag fredag lördag söndag hej hejsan`),
  da: words(`
    og at det som en et på er af for med til den de ikke om har var jeg du vi han hun kan skal skulle men eller fra efter når
    ved mod alle hver også kun nu her der hvordan hvad tak mandag tirsdag onsdag torsdag fredag lørdag søndag hej`),
  no: words(`
    og at det som en et på er av for med til den de ikke om har var jeg du vi han hun kan skal skulle men eller fra etter når
    ved mot alle hver også bare nå her der hvordan hva takk mandag tirsdag onsdag torsdag fredag lørdag søndag hei`),
  it: words(`
    il lo la gli le un una uno di del della dei delle degli da dal dalla nel nella nei con su sul sulla per tra fra ed ma che
    chi non è sono ha hanno ho abbiamo siamo era questo questa questi quello quella come anche più già molto tutto tutti ci si
    mi ti vi ne al alla ai agli oggi domani ieri grazie buongiorno ciao dopo prima sempre ancora solo quando dove perché
    lunedì martedì mercoledì giovedì venerdì sabato domenica`),
  es: words(`
    el la los las un una unos unas de del al en con por para sin sobre entre y o pero que es son está están fue ha han he hemos
    no sí se lo le les me te nos su sus mi tu este esta estos estas ese esa muy más ya también hoy mañana ayer gracias hola
    cuando donde porque como todo todos lunes martes miércoles jueves viernes sábado domingo
    yo él ella ellos ellas usted ustedes nosotros q xq pq porfa pa pal tmb nomás nomas`),
  pt: words(`
    o a os as um uma uns umas de do da dos das em no na nos nas com por para sem sobre entre e ou mas que é são está estão foi
    tem têm não sim se me te seu sua seus suas meu minha este esta isso isto muito mais já também hoje amanhã ontem obrigado
    obrigada olá quando onde porque como todo todos você vocês segunda terça quarta quinta sexta sábado domingo
    eu ele ela eles elas nós pra pro q vc vcs tá hj tb tbm pq né dele dela`),
  fr: words(`
    le la les un une des du de au aux en dans sur sous avec pour par sans entre et ou mais que qui est sont était ont ai avons
    ne pas plus ce cette ces son sa ses mon ma mes notre nos votre vos il elle ils elles nous vous je tu on très aussi déjà
    demain hier merci bonjour quand où comme tout tous lundi mardi mercredi jeudi vendredi samedi dimanche`),
  pl: words(`
    w z na do od po za przez dla bez o u że nie tak jest są był była było będzie ma mają mam to ten ta te tego tej się jak co
    czy ale lub oraz już też bardzo dzisiaj jutro wczoraj dzięki dziękuję proszę gdy gdzie poniedziałek wtorek środa czwartek
    piątek sobota niedziela`),
  tr: words(`
    ve bir bu şu da de ile için çok daha ama fakat ne mi mı mu mü var yok gibi kadar sonra önce şimdi bugün yarın dün
    teşekkürler teşekkür merhaba lütfen ben sen biz siz onlar bana sana bize evet hayır değil her şey nasıl neden nerede
    olarak olan ise veya pazartesi salı çarşamba perşembe cuma cumartesi pazar`),
  id: words(`
    yang di ke dari untuk dengan ini itu tidak akan sudah belum juga saya kamu kami kita mereka apa bisa harus atau tapi
    karena pada hari besok kemarin terima kasih tolong selamat pagi siang malam sedang lagi nanti senin selasa rabu kamis
    jumat sabtu minggu`),
  // Malay beside Indonesian: the words the two do not share.
  ms: words(`
    semua kalau ada tak tidak boleh nak dah sahaja kepada dengan untuk ini itu hari esok semalam terima kasih tolong
    sila cuti sakit`),
  // Hindi and Swahili as typed in Latin letters in chat ("bahut accha hai", "asante sana kwa kazi").
  hi: words(`
    hai hain ki ka ke ko se mein aur bhi nahi nahin kya tha thi hoga hogi aap yeh woh ek sab sabko bahut kal aaj abhi
    kuch kaise kyun kyunki accha acha theek haan ji wala wali jayega ho gaya yaar bhai
    tak liye baad pehle phir baje jaldi thoda zyada sirf koi baat toh sahi wapas kaun kab kitna kitne kisko mujhe mera meri
    hamara humein tumhara aapka aapki aapko isko usko iska uska inko unko kar karo karna karne karke karta karti karte karega
    karegi karenge kiya kiye hui hue hota hoti hote hona hoon hun jao jata jati jate gayi gaye aaya aayi aaye aata aati rahe
    sakta sakti sakte chahiye dekho bolo batao bataiye bhejo bhejna`),
  sw: words(`
    kwa ni wa za ya katika hii hiyo huyu sana kwenye lakini pia asante habari leo kesho jana sisi wewe mimi yeye wao hapa kila
    hatimaye karibu kabla baada hadi bado sasa kuna tafadhali yangu yako wake`),
  tl: words(`
    ang ng sa si ni mga ay yung naman lang daw raw tapos kasi pero ako ikaw siya kami tayo sila ito iyan wala meron
    salamat bukas kahapon ngayon niya namin natin nyo ninyo kayo ano paano bakit kailan saan dapat kailangan pag kung hindi
    sige ulit talaga pala mag nag wag huwag`),
  ca: words(`
    amb és són gràcies avui demà ahir perquè però també molt aquest aquesta els les bon dia`),
  hr: words(`
    je su ne će ću ga što kako ali ili ovo taj bio bila smo nema sutra danas jučer molim hvala već još samo sve
    kad gdje zašto jer koji koja koje od`),
  // The Latin-script languages of Central and Northern Europe, the Balkans and the Basque Country that chat at a company is
  // written in too: short lists of their commonest words, none an English word or a given name people write capitalised
  // ("mert" is Hungarian for "because" and Mert a Turkish name; "ali" Slovenian "or").
  hu: words(`
    és hogy nem egy van vagy volt lesz már még csak ahol amikor ezt azt ez az is de kell lehet nincs nekem neked
    neki köszi köszönöm holnap ma tegnap hétfő kedd szerda csütörtök péntek szombat vasárnap`),
  ro: words(`
    și sau este sunt nu pe cu din pentru că care foarte dar acum azi mâine ieri mulțumesc multumesc vă te mă îl luni
    marți miercuri joi vineri sâmbătă duminică`),
  cs: words(`
    je jsou není nejsou se si na od po bez že nebo co kdo kde kdy proč dnes zítra včera díky prosím taky také už
    ještě jsem jsi bude byl byla bylo ta tento tato je dneska zajtra včera pondělí úterý středa čtvrtek pátek`),
  sl: words(`
    je ni sem si smo bo bodo pa da ki kaj kdo kje kdaj zakaj danes jutri včeraj hvala prosim tudi že še ampak ker`),
  fi: words(`
    ja ei ole oli se ne että mutta kun jos kuin myös vielä jo tänään huomenna eilen kiitos kiitti olen olet ollaan
    mä sä te tää tämä tuo maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai`),
  et: words(`
    ja ei ole oli et või kui ka veel juba täna homme eile aitäh tänan palun olen oled meie esmaspäev teisipäev
    kolmapäev neljapäev reede laupäev pühapäev`),
  lt: words(`
    ir yra nėra buvo kad ar kaip kur kada kodėl šiandien rytoj vakar ačiū aciu prašau taip jau dar aš tu jis ji mes
    jūs jie su iki`),
  lv: words(`
    un ir nav bija būs ka vai kā kas kur kad kāpēc šodien rīt vakar paldies lūdzu arī jau vēl tu viņš viņa mēs jūs
    viņi ar līdz`),
  sq: words(`
    dhe është janë nuk një për nga që por ose si çfarë kush ku kur pse sot nesër dje faleminderit ju lutem edhe
    tashmë ende unë ti ai ne`),
  eu: words(`
    eta da dira ez baina edo nola zer noiz zergatik gaur bihar atzo eskerrik asko mesedez ere jada oraindik ni zu
    hura gu zuek haiek`),
  zu: words(`
    ukuthi futhi kodwa noma ngoba manje lapha lapho kakhulu kahle yebo sawubona ngiyabonga ngicela namuhla kusasa
    izolo wena akekho ukhona nje ngempela`),
};

/** The lists in use: replace with `stopwords-iso`'s export (same shape) to cover more languages. */
export const FUNCTION_WORDS: FunctionWordLists = BUILT_IN;

/** English's function words as a set, for the checks that ask of one word whether it is English grammar. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.en);

/** Languages that write every noun with a capital: there a capitalised word mid-sentence says nothing about a person. */
export const NOUN_CAPITALISING: ReadonlySet<string> = new Set(['de', 'lb']);

/** Every language of the table in a fixed order; a word's languages are indexes into it. */
export const LANGUAGES: readonly string[] = Object.keys(FUNCTION_WORDS);
export const ENGLISH = LANGUAGES.indexOf('en');

const NONE: readonly number[] = [];
let byWord: Map<string, number[]> | undefined;

/** The languages (indexes into LANGUAGES) that have `lower` among their function words: "de" → Dutch, Spanish, Portuguese, French. */
export function functionWordLanguages(lower: string): readonly number[] {
  byWord ??= buildIndex();
  return byWord.get(lower) ?? NONE;
}

function buildIndex(): Map<string, number[]> {
  const built = new Map<string, number[]>();
  LANGUAGES.forEach((code, language) => {
    for (const word of FUNCTION_WORDS[code] ?? []) {
      const languages = built.get(word);
      if (languages === undefined) built.set(word, [language]);
      else if (!languages.includes(language)) languages.push(language);
    }
  });
  return built;
}

/**
 * Grammar words too common in other languages or in English to tell the language ("ne" is Turkish and Czech too, "par"
 * and "main" are English words, Tagalog's "po" and "na" season English sentences), but grammar once the message is known
 * to be in it: Hindi's case particles and the pronoun and verbs English spells ("client ne abhi call kiya", "main kal
 * bhejta hoon", "bhej do"), Tagalog's particles ("tatawag na lang po ulit ako").
 */
const GRAMMAR_ONCE_KNOWN: Readonly<Record<string, ReadonlySet<string>>> = {
  hi: new Set('ne par pe me main do de le na to'.split(' ')),
  // Tagalog's particles season English sentences too ("can you check po", "ok na", "send ko"): they would tip Taglish to Tagalog.
  tl: new Set('po opo na ba pa din nga ko mo ka oo'.split(' ')),
};

/** Every word of `value` is a function word of `language` ("sabko" in Hindi, "na" in Swahili): that language's grammar, not a name. */
export function isGrammarOf(value: string, language: string): boolean {
  const index = LANGUAGES.indexOf(language);
  const parts = value.toLowerCase().split(/\s+/u).filter((part) => part.length > 0);
  const known = GRAMMAR_ONCE_KNOWN[language];
  return index >= 0 && parts.length > 0 && parts.every((part) => functionWordLanguages(part).includes(index) || known?.has(part) === true);
}
