import type { PhrasePack } from './types.js';

export const german: PhrasePack = {
  cookieNotice: ['diese website verwendet cookies', 'wir verwenden cookies', 'wir nutzen cookies'],
  consentContext: ['website', 'seite', 'erfahrung', 'akzeptieren', 'zustimmung', 'datenschutz', 'einstellungen', 'partner'],
  buttons: ['akzeptieren', 'anzeige', 'werbung', 'alle akzeptieren', 'zustimmen', 'ablehnen', 'schließen', 'einverstanden', 'ok', 'cookie-einstellungen', 'alle cookies akzeptieren', 'beitragsbild', 'titelbild'],
  share: ['teilen', 'artikel teilen', 'link kopieren', 'drucken', 'per e-mail senden', 'folgen sie uns', 'folgen sie uns auf'],
  // Reader prompts under an article: feedback and sharing questions.
  social: ['folgen sie uns auf', 'folgen sie uns', 'folge uns auf', 'möchten sie den artikel teilen', 'war der artikel nützlich', 'war dieser artikel hilfreich', 'hat ihnen der artikel gefallen', 'teile diesen artikel'],
  related: ['lesen sie auch', 'mehr zum thema', 'auch interessant', 'weiterlesen', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'das thema könnte dich auch interessieren', 'das thema könnte sie auch interessieren', 'passend zum thema'],
  newsletter: ['newsletter abonnieren', 'melden sie sich für unseren newsletter an', 'jetzt abonnieren'],
  attribution: ['quelle', 'quellen'],
  caption: ['foto', 'bild', 'bildquelle'],
  byline: ['von'],
  captionControls: ['bildunterschrift ausblenden', 'bildunterschrift einblenden'],
  credits: ['mitarbeit:', 'mit material von'],
  commentPolicy: ['kommentare sind geschlossen', 'kommentar schreiben', 'kommentarfunktion', 'netiquette', 'diskutieren sie mit', 'kommentare anzeigen', 'zu den kommentaren'],
  siteNotices: ['enthält affiliate-links', 'erhalten wir eine provision', 'bekommen wir eine provision'],
  rightsReserved: ['alle rechte vorbehalten'],
};
