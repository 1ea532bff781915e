import type { PhrasePack } from './types.js';

export const german: PhrasePack = {
  cookieNotice: ['diese website verwendet cookies', 'wir verwenden cookies', 'wir nutzen cookies'],
  consentContext: ['website', 'seite', 'erfahrung', 'akzeptieren', 'zustimmung', 'datenschutz', 'einstellungen', 'partner'],
  buttons: ['akzeptieren', 'anzeige', 'werbung', 'alle akzeptieren', 'zustimmen', 'ablehnen', 'schließen', 'einverstanden', 'ok', 'cookie-einstellungen', 'alle cookies akzeptieren'],
  share: ['teilen', 'artikel teilen', 'link kopieren', 'drucken', 'per e-mail senden', 'folgen sie uns', 'folgen sie uns auf'],
  social: ['folgen sie uns auf', 'folgen sie uns', 'folge uns auf'],
  related: ['lesen sie auch', 'mehr zum thema', 'auch interessant', 'weiterlesen', 'das könnte sie auch interessieren'],
  newsletter: ['newsletter abonnieren', 'melden sie sich für unseren newsletter an', 'jetzt abonnieren'],
  attribution: ['quelle', 'quellen'],
  caption: ['foto', 'bild', 'bildquelle'],
  byline: ['von'],
};
