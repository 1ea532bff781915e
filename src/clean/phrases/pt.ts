import type { PhrasePack } from './types.js';

// Brazilian and European Portuguese ("compartilhar" / "partilhar").
export const portuguese: PhrasePack = {
  cookieNotice: [
    'este site utiliza cookies',
    'este site usa cookies',
    'este website utiliza cookies',
    'utilizamos cookies',
    'usamos cookies',
    'nós usamos cookies',
    'ao continuar navegando',
    'ao continuar a navegar',
    'ao navegar neste site',
    'ao utilizar este site',
  ],
  consentContext: ['site', 'navegação', 'experiência', 'aceit', 'concord', 'consentimento', 'política', 'privacidade', 'configurações', 'definições', 'parceiros'],
  buttons: ['aceitar', 'aceito', 'aceitar todos', 'aceitar tudo', 'concordo', 'rejeitar', 'recusar', 'fechar', 'continuar', 'entendi', 'ok', 'publicidade', 'anúncio', 'configurações de cookies', 'definições de cookies'],
  share: ['compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'copiar link', 'copiar o link', 'link copiado', 'imprimir', 'enviar por e-mail', 'enviar por email', 'comentários', 'comentar'],
  // Not "siga o": "Siga o dinheiro" is a sentence.
  social: ['siga-nos', 'siga-nos no', 'siga-nos nas redes sociais', 'acompanhe-nos'],
  related: ['leia também', 'leia mais', 'veja também', 'saiba mais', 'notícias relacionadas', 'artigos relacionados', 'mais lidas', 'mais lidos', 'você pode gostar', 'pode interessar'],
  newsletter: ['assine a nossa newsletter', 'assine nossa newsletter', 'inscreva-se na nossa newsletter', 'inscreva-se na newsletter', 'receba a nossa newsletter', 'receba nossas notícias', 'assine já', 'assine agora'],
  attribution: ['fonte', 'fontes'],
  caption: ['foto', 'imagem', 'fotografia', 'vídeo', 'crédito', 'reprodução'],
  byline: ['por', 'escrito por'],
  commentPolicy: ['deixe um comentário', 'deixe seu comentário', 'os comentários estão fechados', 'ver comentários', 'pelo moderador', 'não serão aprovados'],
  rightsReserved: ['todos os direitos reservados'],
};
