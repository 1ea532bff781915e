// A newsletter, a press review or a war's list of the day's events sums up the news under one
// headline ("Coronavirus, Antibody Tests, Nova Scotia: Your Monday Briefing", "Russia-Ukraine war:
// List of key events, day 697"): its text touches several events, so it belongs to none of their
// stories. A briefing that is an event ("White House briefing", "Covid briefing:
// PM announces…") names no day or time of day. "News in brief" is left out: ECB+ files one under
// the event of its first item, and so may a reader. The daily features that are no news (a
// cartoon gallery, a quiz, horoscopes) are alike from one day to the next and from one outlet to
// another, so they join each other: on 2021-07-16 two cartoon galleries and a morning quiz led
// Politics as one story.
const ROUNDUP = new RegExp(
  [
    String.raw`\b(?:your\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|evening|afternoon|night)\s+briefing\b`,
    String.raw`\bpress\s+review\b`,
    String.raw`\blist\s+of\s+key\s+events\b`,
    'موجز\\s+الأخبار',
    'جولة\\s+في\\s+الصحف',
    'عرض\\s+الصحف',
    'نشرة\\s+(?:الصباح|المساء)',
    String.raw`\b(?:the\s+)?latest\s+(?:illustrations|cartoons)\b`,
    String.raw`\bbest\s+of\s+(?:the\s+)?cartoons\b`,
    String.raw`\bcartoons?\s+of\s+the\s+(?:day|week)\b`,
    String.raw`\b(?:morning|daily|weekly|weekend|news|sports?|trivia)\s+quiz\b`,
    String.raw`\bsuperquiz\b`,
    String.raw`\bquiz\s*(?::|\d)`,
    String.raw`\bhoroscopes?\b`,
    String.raw`\bcrosswords?\b`,
    'حظك\\s+اليوم',
    'الأبراج\\s+اليومية',
  ].join('|'),
  'iu',
);

// A word each pattern holds: most headlines hold none, and looking for these costs a fifth of the
// pattern's time on them.
const KEYWORDS = ['briefing', 'review', 'key events', 'illustrations', 'cartoon', 'quiz', 'horoscope', 'crossword', 'موجز', 'الصحف', 'نشرة', 'حظك', 'الأبراج'];

/** Whether a headline is that of a roundup of the day's news or of a daily feature, which joins no story. */
export function isRoundup(title: string): boolean {
  const lower = title.toLowerCase();
  return KEYWORDS.some((keyword) => lower.includes(keyword)) && ROUNDUP.test(title);
}
