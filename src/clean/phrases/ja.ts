import type { PhrasePack } from './types.js';

// Japanese has no spaces between words; a space between Japanese and Latin ("Cookie を") is
// common, so both spellings are listed.
export const japanese: PhrasePack = {
  cookieNotice: [
    'cookieを使用',
    'cookie を使用',
    'cookieを利用',
    'cookie を利用',
    'クッキーを使用',
    'クッキーを利用',
    'サイトを引き続きご利用',
    'サイトの閲覧を続ける',
  ],
  // A context word must not follow a letter: these are the ones a banner puts after "、", "。" or
  // inside quotes ("「同意する」").
  consentContext: ['同意', '当サイト', '本サイト', 'プライバシー', 'クッキーポリシー', 'cookieポリシー', '詳しく', '詳細', '設定', '閲覧', 'ご利用', '引き続き'],
  // Not "はい" (yes): an interview transcript can have it as a whole line.
  buttons: ['同意する', '同意します', 'すべて同意する', 'すべてに同意', '同意', '承諾', '受け入れる', 'すべて受け入れる', '拒否', '拒否する', 'すべて拒否', '閉じる', '広告', 'pr', 'cookie設定', 'クッキー設定', '詳細設定'],
  share: [
    'シェア',
    'シェアする',
    'ツイート',
    'ポスト',
    'はてなブックマーク',
    'はてブ',
    'line',
    'lineで送る',
    'ブックマーク',
    'リンクをコピー',
    'urlをコピー',
    'リンクをコピーしました',
    '印刷',
    '印刷する',
    'メール',
    'メールで送る',
    'コメント',
    'いいね',
  ],
  // Full prompts only: a line may start "公式Xで発表した…".
  social: ['公式xをフォロー', '公式アカウントをフォロー', 'フォローする', 'フォローはこちら', '友だち追加'],
  related: ['関連記事', '関連ニュース', 'あわせて読みたい', '併せて読みたい', 'あわせて読む', 'こちらもおすすめ', 'おすすめ記事', 'よく読まれている記事', '人気記事', 'ランキング', '続きを読む', 'もっと見る', '次の記事', '前の記事'],
  newsletter: ['メールマガジン登録', 'メールマガジンの登録', 'メルマガ登録', 'メルマガ会員', 'ニュースレターに登録', 'ニュースレター登録', 'ニュースレターを購読', '無料会員登録'],
  attribution: ['出典', '出所', 'ソース', '提供', '情報源'],
  caption: ['写真', '画像', '動画', '映像', '撮影', '資料写真', 'イラスト', '図'],
  byline: ['記者', '文', '執筆者'],
};
