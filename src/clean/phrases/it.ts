import type { PhrasePack } from './types.js';

export const italian: PhrasePack = {
  cookieNotice: [
    'questo sito utilizza cookie',
    'questo sito utilizza i cookie',
    'questo sito usa cookie',
    'questo sito usa i cookie',
    'questo sito web utilizza cookie',
    'questo sito web utilizza i cookie',
    'utilizziamo i cookie',
    'utilizziamo cookie',
    'usiamo i cookie',
    'usiamo cookie',
    'noi e terze parti selezionate utilizziamo',
    'proseguendo la navigazione',
    'continuando a navigare',
    'chiudendo questo banner',
  ],
  consentContext: ['sito', 'navigazione', 'esperienza', 'accett', 'consenso', 'informativa', 'preferenze', 'impostazioni', 'terze parti', 'profilazione', 'banner'],
  buttons: ['accetta', 'accetto', 'accetta tutto', 'accetta tutti', 'accetta e chiudi', 'rifiuta', 'rifiuta tutto', 'chiudi', 'continua', 'va bene', 'ho capito', 'ok', 'pubblicità', 'annuncio', 'personalizza', 'gestisci cookie', 'impostazioni cookie', 'scopri di più'],
  share: ['condividi', 'condividi su facebook', 'condividi su whatsapp', 'condividi questo articolo', 'copia link', 'copia il link', 'link copiato', 'stampa', 'invia per email', 'invia per e-mail', 'commenti', 'commenta'],
  social: ['seguici su', 'seguici', 'unisciti a noi su', 'iscriviti al nostro canale'],
  related: ['leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati', 'notizie correlate', 'approfondimenti', 'leggi di più', 'continua a leggere', 'i più letti', 'più letti', 'vedi anche', 'guarda anche'],
  // Not "abbonati" alone: it is also the noun "subscribers" ("Abbonati e lettori…").
  newsletter: ['iscriviti alla newsletter', 'iscriviti alla nostra newsletter', 'ricevi la newsletter', 'abbonati ora', 'abbonati subito', 'iscriviti ora'],
  attribution: ['fonte', 'fonti'],
  caption: ['foto', 'immagine', 'fotografia', 'video', "foto d'archivio"],
  // Not "di" ("di Mario Rossi"): lines that open with "Di Maio" or "Di Battista" are news, not bylines.
  byline: ['a cura di', 'scritto da'],
  captionControls: ['nascondi didascalia', 'mostra didascalia'],
  commentPolicy: ['lascia un commento', 'i commenti sono chiusi', 'aggiungi un commento', 'regole della community'],
  rightsReserved: ['tutti i diritti riservati', 'riproduzione riservata'],
};
