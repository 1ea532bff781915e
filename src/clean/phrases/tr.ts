import { turkishCapitals, withSpellings } from './spellings.js';

export const turkish = withSpellings(
  {
    cookieNotice: [
      'çerez kullanıyoruz',
      'çerezler kullanıyoruz',
      'çerezleri kullanıyoruz',
      'çerez kullanılmaktadır',
      'çerezler kullanılmaktadır',
      'çerezleri kullanmaktadır',
      'çerezler kullanmaktadır',
      'sitemizde çerez',
      'sitemizi kullanarak',
      'sitemizi kullanmaya devam ederek',
      'sitemizi ziyaret ederek',
    ],
    consentContext: ['site', 'web', 'deneyim', 'kabul', 'onay', 'politika', 'gizlilik', 'kişisel veri', 'kvkk', 'aydınlatma metni', 'ayarlar', 'tercih', 'detaylı bilgi'],
    buttons: ['kabul et', 'kabul ediyorum', 'tümünü kabul et', 'hepsini kabul et', 'onayla', 'izin ver', 'reddet', 'tümünü reddet', 'kapat', 'tamam', 'anladım', 'devam et', 'reklam', 'çerez ayarları'],
    share: ['paylaş', 'paylaşın', 'haberi paylaş', 'bağlantıyı kopyala', 'linki kopyala', 'bağlantı kopyalandı', 'link kopyalandı', 'yazdır', 'e-posta ile gönder', 'yorumlar', 'yorum yap'],
    social: ['bizi takip edin', 'bizi takip et', 'bizi sosyal medyada takip edin', 'sosyal medyada bizi takip edin'],
    related: ['ayrıca okuyun', 'ayrıca bakınız', 'bunları da okuyun', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir', 'ilgili haberler', 'benzer haberler', 'ilgili içerikler', 'devamını oku', 'en çok okunanlar', 'önerilen haberler'],
    // Not "abone olun" alone: it opens "abone olunan hizmetler" in ordinary prose.
    newsletter: ['bültenimize abone', 'bültene abone', 'e-bültene abone', 'e-bültenimize abone', 'haber bültenimize', 'günlük bültene'],
    attribution: ['kaynak', 'kaynaklar'],
    caption: ['fotoğraf', 'fotoğraflar', 'foto', 'görsel', 'video'],
    byline: ['yazan:', 'yazar:', 'haber:', 'muhabir:'],
  },
  turkishCapitals,
);
