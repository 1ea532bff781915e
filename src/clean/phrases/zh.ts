import type { PhrasePack } from './types.js';

// Simplified and traditional forms side by side. Chinese has no spaces between words, but writers
// often put one between Chinese and Latin ("使用 Cookie"), so both spellings are listed.
export const chinese: PhrasePack = {
  cookieNotice: [
    '本网站使用cookie',
    '本网站使用 cookie',
    '本站使用cookie',
    '本站使用 cookie',
    '我们使用cookie',
    '我们使用 cookie',
    '本網站使用cookie',
    '本網站使用 cookie',
    '我們使用cookie',
    '我們使用 cookie',
    '继续浏览本网站',
    '继续使用本网站',
    '繼續瀏覽本網站',
    '繼續使用本網站',
  ],
  // A context word must not follow a letter, and a Chinese word always does unless punctuation or a
  // quote comes first: these are the words a banner puts after "，", "。" or inside "“接受”", "《隐私政策》".
  consentContext: ['继续', '繼續', '接受', '同意', '隐私', '隱私', '点击', '點擊', '了解更多', '瞭解更多', '详情', '詳情', '设置', '設定', '本网站', '本網站', '浏览', '瀏覽'],
  buttons: ['接受', '全部接受', '接受全部', '接受所有', '同意', '我同意', '同意并继续', '拒绝', '拒絕', '全部拒绝', '关闭', '關閉', '确定', '確定', '好的', '知道了', '我知道了', '广告', '廣告', 'cookie设置', 'cookie 设置', 'cookie設定', 'cookie 設定'],
  share: [
    '分享',
    '分享到',
    '分享到：',
    '分享至',
    '分享至：',
    '分享本文',
    '复制链接',
    '複製連結',
    '复制网址',
    '链接已复制',
    '連結已複製',
    '打印',
    '列印',
    '微信',
    '微博',
    '新浪微博',
    'qq空间',
    'qq',
    '朋友圈',
    '转发',
    '轉發',
    '评论',
    '評論',
    '收藏',
  ],
  social: ['关注我们', '關注我們', '欢迎关注', '歡迎關注', '扫码关注', '掃碼關注', '扫描二维码关注', '关注微信公众号', '关注公众号'],
  related: ['相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '相关新闻', '相關新聞', '相关文章', '相關文章', '推荐阅读', '推薦閱讀', '热门文章', '熱門文章', '更多新闻', '更多新聞', '阅读更多', '閱讀更多', '猜你喜欢', '猜你喜歡'],
  newsletter: ['订阅我们的', '訂閱我們的', '订阅电子报', '訂閱電子報', '订阅新闻简报', '立即订阅', '立即訂閱'],
  attribution: ['来源', '來源', '消息来源', '新闻来源', '資料來源', '资料来源', '出处', '出處'],
  caption: ['图片来源', '圖片來源', '图片', '圖片', '图', '圖', '摄影', '攝影', '资料图', '資料圖', '视频', '影片'],
  // The byline rule wants a space after the label: "记者 王明" matches, "作者：王明" does not.
  byline: ['记者', '記者', '本报记者', '本報記者', '文', '作者', '编辑', '編輯'],
};
