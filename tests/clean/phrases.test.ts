import { describe, expect, it } from 'vitest';
import { classifyLine, type LineVerdict } from '../../src/clean/classifyLine.js';
import { compileRules } from '../../src/clean/compileRules.js';
import { PHRASE_PACKS } from '../../src/clean/phrases/index.js';
import { persoArabicSpellings, turkishCapitals } from '../../src/clean/phrases/spellings.js';

const rules = compileRules();

interface LanguageCase {
  name: string;
  /** Lines a reader of that language recognises as page furniture, with the verdict expected. */
  boilerplate: [line: string, verdict: LineVerdict][];
  /** News sentences that use a risky word ("cookie", "share", "accept", "source") and must stay. */
  content: string[];
}

const removed = (rule: string): LineVerdict => ({ kind: 'boilerplate', rule });
const attribution = (value: string): LineVerdict => ({ kind: 'metadata', rule: 'attribution', value });
const byline = (value: string): LineVerdict => ({ kind: 'metadata', rule: 'byline', value });

const LANGUAGES: LanguageCase[] = [
  {
    name: 'Russian',
    boilerplate: [
      ['Этот сайт использует файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с политикой конфиденциальности.', removed('cookie-notice')],
      ['Мы используем файлы cookie для улучшения работы сайта.', removed('cookie-notice')],
      ['Принять', removed('button')],
      ['Принять все', removed('button')],
      ['ВКонтакте | Одноклассники | Телеграм', removed('share')],
      ['Скопировать ссылку', removed('share')],
      ['Подписывайтесь на наш канал в Telegram', removed('share')],
      ['Читайте также: Центробанк сохранил ключевую ставку', removed('related')],
      ['Подпишитесь на рассылку главных новостей', removed('newsletter')],
      ['Фото: РИА Новости', removed('caption')],
      ['Источник: ТАСС', attribution('ТАСС')],
      ['Автор: Иван Петров', byline('Иван Петров')],
    ],
    content: [
      'Источник в правительстве сообщил, что решение будет принято в понедельник.',
      'Компания поделилась данными о продажах за третий квартал и приняла новую стратегию.',
      'Мы используем файлы cookie, как и все магазины, заявил директор.',
      'По теме доклада выступил министр',
      'Автор проекта Иван Петров',
    ],
  },
  {
    name: 'Ukrainian',
    boilerplate: [
      ['Цей сайт використовує файли cookie. Продовжуючи користуватися сайтом, ви погоджуєтесь з політикою конфіденційності.', removed('cookie-notice')],
      ['Прийняти всі', removed('button')],
      ['Поділитися', removed('share')],
      ['Скопіювати посилання', removed('share')],
      ['Підписуйтесь на наш Telegram-канал', removed('share')],
      ['Читайте також: Уряд ухвалив бюджет на наступний рік', removed('related')],
      ['Підпишіться на розсилку', removed('newsletter')],
      ['Фото: Укрінформ', removed('caption')],
      ['Джерело: Укрінформ', attribution('Укрінформ')],
    ],
    content: ['Джерело в уряді повідомило, що рішення ухвалять наступного тижня.', 'Міністр поділився планами і прийняв делегацію з Польщі.'],
  },
  {
    name: 'Turkish',
    boilerplate: [
      ['Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.', removed('cookie-notice')],
      ['Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz. Sitemizi kullanarak çerez politikamızı kabul etmiş olursunuz.', removed('cookie-notice')],
      ['Kabul et', removed('button')],
      ['TÜMÜNÜ KABUL ET', removed('button')],
      ['Paylaş', removed('share')],
      ['BAĞLANTIYI KOPYALA', removed('share')],
      ['Bizi takip edin', removed('share')],
      ['Ayrıca okuyun: Merkez Bankası faizi sabit tuttu', removed('related')],
      ['İlgili Haberler', removed('related')],
      ['İLGİLİ HABERLER', removed('related')],
      ['E-bültenimize abone olun', removed('newsletter')],
      ['Fotoğraf: AA', removed('caption')],
      ['Kaynak: AA', attribution('AA')],
      ['Yazan: Ahmet Yılmaz', byline('Ahmet Yılmaz')],
    ],
    content: [
      'Bakanlık kaynakları, yeni düzenlemenin önümüzdeki hafta kabul edileceğini söyledi.',
      'Şirket, üçüncü çeyrek satış verilerini hissedarlarıyla paylaştı.',
      'Abone olunan hizmetler için yeni bir vergi getirildi',
      'İlgili bakanlık açıklama yaptı',
    ],
  },
  {
    name: 'Persian',
    boilerplate: [
      ['این وب‌سایت از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کند.', removed('cookie-notice')],
      ['ما از کوکی‌ها استفاده می‌کنیم. با ادامه استفاده از این سایت، شرایط را می‌پذیرید.', removed('cookie-notice')],
      ['پذیرفتن', removed('button')],
      ['اشتراک‌گذاری', removed('share')],
      ['کپی لینک', removed('share')],
      ['ما را در اینستاگرام دنبال کنید', removed('share')],
      ['بیشتر بخوانید: بانک مرکزی نرخ بهره را ثابت نگه داشت', removed('related')],
      ['عضویت در خبرنامه', removed('newsletter')],
      ['عکس: ایرنا', removed('caption')],
      ['منبع: ایرنا', attribution('ایرنا')],
      ['نویسنده: علی رضایی', byline('علی رضایی')],
    ],
    content: ['منابع آگاه در وزارت خارجه گفتند که این توافق هفته آینده امضا می‌شود.', 'دولت پیشنهاد مجلس را پذیرفت و آن را با مردم به اشتراک گذاشت.'],
  },
  {
    name: 'Urdu',
    boilerplate: [
      ['یہ ویب سائٹ کوکیز استعمال کرتی ہے۔ ویب سائٹ کا استعمال جاری رکھ کر آپ ہماری رازداری پالیسی سے اتفاق کرتے ہیں۔', removed('cookie-notice')],
      ['قبول کریں', removed('button')],
      ['شیئر کریں', removed('share')],
      ['فیس بک | ٹوئٹر | واٹس ایپ', removed('share')],
      ['یہ بھی پڑھیے', removed('related')],
      ['مزید پڑھیں: اسٹیٹ بینک نے شرح سود برقرار رکھی', removed('related')],
      ['تصویر: اے ایف پی', removed('caption')],
      ['ماخذ: اے پی پی', attribution('اے پی پی')],
    ],
    content: ['ذرائع کے مطابق حکومت نے نئی پالیسی کو قبول کرنے کا فیصلہ کر لیا ہے۔'],
  },
  {
    name: 'Chinese',
    boilerplate: [
      ['我们使用Cookie来改善您的浏览体验。继续浏览本网站即表示您同意我们使用Cookie。', removed('cookie-notice')],
      ['本網站使用 Cookie，點擊「接受」即表示您同意。', removed('cookie-notice')],
      ['接受', removed('button')],
      ['分享到：微信 微博 QQ空间', removed('share')],
      ['复制链接', removed('share')],
      ['关注我们的微信公众号', removed('share')],
      ['相关阅读：央行宣布降准', removed('related')],
      ['延伸閱讀', removed('related')],
      ['图片来源：视觉中国', removed('caption')],
      ['来源：新华社', attribution('新华社')],
      ['记者 王明', byline('王明')],
    ],
    content: ['消息来源称，该公司将在下周公布新的隐私政策，并接受监管部门的审查。', '分享经济'],
  },
  {
    name: 'Japanese',
    boilerplate: [
      ['当サイトではCookieを使用しています。「同意する」をクリックすると、Cookieの使用に同意したことになります。', removed('cookie-notice')],
      ['本サイトはクッキーを利用しています。詳しくはプライバシーポリシーをご覧ください。', removed('cookie-notice')],
      ['同意する', removed('button')],
      ['すべて受け入れる', removed('button')],
      ['シェア ツイート はてブ LINE', removed('share')],
      ['リンクをコピー', removed('share')],
      ['関連記事：日銀が金利を据え置き', removed('related')],
      ['写真：ロイター', removed('caption')],
      ['出典：共同通信', attribution('共同通信')],
    ],
    content: ['政府関係者によると、同社は来週、新しいプライバシー方針を発表し、規制当局の審査を受け入れる見通しだ。', '写真展が東京で開幕した'],
  },
  {
    name: 'Italian',
    boilerplate: [
      ['Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione accetti l’uso dei cookie.', removed('cookie-notice')],
      ['Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.', removed('cookie-notice')],
      ['Accetta tutto', removed('button')],
      ['Condividi', removed('share')],
      ['Copia link', removed('share')],
      ['Seguici su Instagram', removed('share')],
      ['Leggi anche: la Bce lascia i tassi invariati', removed('related')],
      ['Iscriviti alla nostra newsletter', removed('newsletter')],
      ['Foto: Ansa', removed('caption')],
      ['Fonte: Ansa', attribution('Ansa')],
      ['A cura di Mario Rossi', byline('Mario Rossi')],
    ],
    content: ['Fonti del governo hanno detto che la proposta sarà accettata lunedì.', 'Di Maio contro Salvini sulla manovra', 'Stampa estera'],
  },
  {
    name: 'Portuguese',
    boilerplate: [
      ['Este site utiliza cookies para melhorar a sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade.', removed('cookie-notice')],
      ['Aceitar', removed('button')],
      ['Compartilhar', removed('share')],
      ['Partilhar', removed('share')],
      ['Copiar link', removed('share')],
      ['Siga-nos nas redes sociais', removed('share')],
      ['Leia também: Banco Central mantém a taxa de juros', removed('related')],
      ['Assine nossa newsletter', removed('newsletter')],
      ['Foto: Reprodução/Instagram', removed('caption')],
      ['Fonte: Agência Brasil', attribution('Agência Brasil')],
    ],
    content: ['Fontes do governo disseram que a proposta será aceita na segunda-feira.', 'Siga o dinheiro e você encontrará os responsáveis, disse o procurador.'],
  },
];

describe('phrase packs', () => {
  it('has a pack for every supported language', () => {
    expect(Object.keys(PHRASE_PACKS).sort()).toEqual(['ar', 'de', 'en', 'es', 'fa', 'fr', 'it', 'ja', 'pt', 'ru', 'tr', 'uk', 'ur', 'zh']);
  });

  for (const language of LANGUAGES) {
    describe(language.name, () => {
      it.each(language.boilerplate)('recognises %s', (line, verdict) => {
        expect(classifyLine(line, rules)).toEqual(verdict);
      });

      it.each(language.content)('keeps the sentence %s', (line) => {
        expect(classifyLine(line, rules)).toEqual({ kind: 'content' });
      });
    });
  }
});

describe('persoArabicSpellings', () => {
  it('matches Persian text typed with Arabic yeh and kaf and without the ZWNJ', () => {
    expect(classifyLine('اين سايت از كوكي‌ها براي بهبود تجربه كاربري استفاده مي‌كند.', rules)).toEqual(removed('cookie-notice'));
    expect(classifyLine('اشتراک گذاری', rules)).toEqual(removed('share'));
    expect(classifyLine('اشتراکگذاری', rules)).toEqual(removed('share'));
  });

  it('lists the ZWNJ, the space and the joined spelling of a phrase', () => {
    expect(persoArabicSpellings('می‌کند')).toEqual(['مي\u200Cكند', 'مي كند', 'ميكند']);
  });
});

describe('turkishCapitals', () => {
  it('adds the capitals that case-insensitive matching cannot find', () => {
    expect(turkishCapitals('ilgili haberler')).toEqual(['ilgili haberler', 'İlgili haberler', 'İlgili Haberler', 'İLGİLİ HABERLER']);
  });

  it('leaves a phrase without i or ı alone', () => {
    expect(turkishCapitals('kabul et')).toEqual(['kabul et']);
  });
});
