import type { PhrasePack } from './types.js';

export const spanish: PhrasePack = {
  cookieNotice: ['este sitio utiliza cookies', 'este sitio web utiliza cookies', 'utilizamos cookies', 'usamos cookies'],
  consentContext: ['sitio', 'web', 'experiencia', 'navegación', 'aceptar', 'consentimiento', 'política', 'privacidad', 'configuración', 'socios'],
  buttons: ['aceptar', 'publicidad', 'aceptar todo', 'rechazar', 'cerrar', 'de acuerdo', 'continuar', 'ok', 'aceptar cookies', 'configuración de cookies'],
  share: ['compartir', 'compartir artículo', 'copiar enlace', 'enlace copiado', 'imprimir', 'síguenos', 'síguenos en'],
  social: ['síguenos en', 'síguenos', 'únete a nosotros en'],
  related: ['lee también', 'leer más', 'te puede interesar', 'noticias relacionadas', 'ver también'],
  newsletter: ['suscríbete a nuestro boletín', 'suscríbete', 'recibe nuestro boletín'],
  attribution: ['fuente', 'fuentes'],
  caption: ['foto', 'imagen', 'crédito'],
  byline: ['por'],
  captionControls: ['ocultar pie de foto', 'mostrar pie de foto'],
  credits: ['contribuyó a este informe', 'colaboró en este informe'],
  commentPolicy: ['deja un comentario', 'deja tu comentario', 'los comentarios están cerrados', 'normas de participación', 'ver comentarios'],
  rightsReserved: ['todos los derechos reservados'],
};
