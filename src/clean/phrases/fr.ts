import type { PhrasePack } from './types.js';

export const french: PhrasePack = {
  cookieNotice: ['ce site utilise des cookies', 'nous utilisons des cookies', 'en poursuivant votre navigation'],
  consentContext: ['site', 'navigation', 'expérience', 'accepter', 'consentement', 'politique', 'confidentialité', 'audience', 'paramètres', 'partenaires'],
  buttons: ['accepter', 'publicité', 'tout accepter', "j'accepte", 'refuser', 'tout refuser', 'fermer', 'continuer', "d'accord", 'ok', 'accepter les cookies', 'paramètres des cookies', 'gérer les cookies'],
  share: ['partager', 'partager cet article', 'copier le lien', 'lien copié', 'imprimer', 'envoyer par e-mail', 'suivez-nous', 'suivez-nous sur'],
  social: ['suivez-nous sur', 'suivez-nous', 'rejoignez-nous sur'],
  related: ['lire aussi', 'à lire aussi', 'voir aussi', 'sur le même sujet', 'lire la suite', 'articles similaires'],
  newsletter: ['inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter', 'recevez notre newsletter'],
  attribution: ['source', 'sources'],
  caption: ['photo', 'crédit photo', 'crédit', 'image', 'illustration'],
  byline: ['par'],
  captionControls: ['masquer la légende', 'afficher la légende'],
  credits: ['a contribué à cet article', 'ont contribué à cet article'],
  commentPolicy: ['ajouter un commentaire', 'laisser un commentaire', 'les commentaires sont fermés', 'réagissez à cet article', 'charte de modération', 'voir les commentaires'],
  siteNotices: ['liens affiliés', 'liens d’affiliation', 'nous pouvons percevoir une commission'],
  rightsReserved: ['tous droits réservés'],
};
