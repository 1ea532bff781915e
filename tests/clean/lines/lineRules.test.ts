import { describe, expect, it } from 'vitest';
import { classifyLine, wordCount } from '../../../src/clean/classifyLine.js';
import { compileRules } from '../../../src/clean/compileRules.js';
import { PHRASE_PACKS } from '../../../src/clean/phrases/index.js';
import { detectCredits } from '../../../src/clean/lines/detectCredits.js';
import { detectFollowPrompt } from '../../../src/clean/lines/detectFollowPrompt.js';
import { detectNavigation } from '../../../src/clean/lines/detectNavigation.js';
import { detectPhotoCredit } from '../../../src/clean/lines/detectPhotoCredit.js';
import { detectRoleByline } from '../../../src/clean/lines/detectRoleByline.js';
import { detectSiteVoice } from '../../../src/clean/lines/detectSiteVoice.js';

const rules = compileRules();
const ruleOf = (line: string) => {
  const verdict = classifyLine(line, rules);
  return verdict.kind === 'boilerplate' ? verdict.rule : verdict.kind;
};

describe('detectPhotoCredit', () => {
  const credited = (line: string) => detectPhotoCredit(line, wordCount(line));

  it('knows a caption by the photographer and agency that close it', () => {
    expect(credited('President Obama speaks in the Rose Garden on Monday. (Jim Watson/AFP/Getty Images)')).toBe(true);
    expect(credited('Mario Tama/Getty Images')).toBe(true);
    expect(credited('Protesters gather outside the court. (AP Photo/Evan Vucci)')).toBe(true);
    expect(credited('Firefighters at the scene, Photo: Jane Roe/Reuters')).toBe(true);
  });

  it('leaves a sentence that names an agency as its source', () => {
    expect(credited('The ministry confirmed the figures to Reuters on Tuesday.')).toBe(false);
    expect(credited('Shares rose 3 percent, according to Bloomberg')).toBe(false);
  });
});

describe('detectNavigation', () => {
  it('knows arrows, separators and a gallery position', () => {
    for (const line of ['<<', '<', '›', '•••', '1 of 14', '3/12', '١ من ١٤']) expect(detectNavigation(line), line).toBe(true);
  });

  it('leaves a line with words or a lone figure of a table', () => {
    for (const line of ['< 5 km', 'Next story', '2019', 'Top 10']) expect(detectNavigation(line), line).toBe(false);
  });
});

describe('detectCredits', () => {
  const credits = (line: string) => detectCredits(line, wordCount(line), rules.credits);

  it('knows a credits line by the phrase that opens or closes it', () => {
    expect(credits("CNN's Jane Roe and Sam Poe contributed to this report.")).toBe(true);
    expect(credits('Jane Roe contributed reporting from Paris.')).toBe(true);
    expect(credits('Reporting by Jane Roe; Editing by Sam Poe')).toBe(true);
    expect(credits('ساهم في إعداد هذا التقرير مراسل CNN في بيروت')).toBe(true);
  });

  it('leaves a sentence that uses the phrase in passing', () => {
    expect(credits('Earlier reporting by the Post revealed that the company had known about the flaw for years.')).toBe(false);
  });
});

describe('detectSiteVoice', () => {
  const policy = (line: string) => detectSiteVoice(line, wordCount(line), rules.commentPolicy, 12);

  it('knows a comment policy and a disclaimer on readers\' views, in English and Arabic', () => {
    expect(policy('Comments are moderated and will appear after approval.')).toBe(true);
    expect(policy('Leave a comment')).toBe(true);
    expect(policy('ترحب الشبكة بالنقاش الحيوي والمفيد، وننصحك بمراجعة إرشادات الاستخدام قبل المشاركة.')).toBe(true);
    expect(policy('الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.')).toBe(true);
  });

  it('leaves a long paragraph that talks to its readers once', () => {
    const paragraph = "Let's be honest, picking ten gadgets out of a whole year of launches is hard, and we surely left out some of your favourites, so join the discussion and tell us which ones we missed.";
    expect(policy(paragraph)).toBe(false);
  });
});

describe('detectFollowPrompt', () => {
  it('knows a note that sends readers to social accounts', () => {
    const note = 'Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe.';
    expect(detectFollowPrompt(note, wordCount(note))).toBe(true);
    expect(detectFollowPrompt('Follow Newsround on Instagram and YouTube.', 6)).toBe(true);
  });

  it('leaves a news sentence about following people', () => {
    const sentence = 'Investigators said they had followed him on foot for two blocks before the arrest.';
    expect(detectFollowPrompt(sentence, wordCount(sentence))).toBe(false);
  });
});

describe('classifyLine with the rules of issue 27', () => {
  it('names each rule, so briefing explain can show why a line went', () => {
    expect(ruleOf('HIDE CAPTION')).toBe('caption-control');
    expect(ruleOf('A plow clears a ramp outside Des Moines. Hide Caption')).toBe('caption');
    expect(ruleOf('<<')).toBe('navigation');
    expect(ruleOf("CNN's Jane Roe contributed to this report.")).toBe('credits');
    expect(ruleOf('Getty Images')).toBe('button');
    expect(ruleOf('© 2019 Example Publishing Corp. All rights reserved.')).toBe('copyright');
    expect(ruleOf('جميع الحقوق محفوظة')).toBe('copyright');
    expect(ruleOf('If you buy something through this post, we may earn a commission.')).toBe('site-notice');
  });
});

describe('detectRoleByline', () => {
  it('reads the name of a byline written as a name and a newsroom role', () => {
    expect(detectRoleByline('Tom Writer, AP Auto Writer')).toBe('Tom Writer');
    expect(detectRoleByline('Jane Roe, Senior Correspondent')).toBe('Jane Roe');
  });

  it('leaves a sentence or a heading that ends with such a word', () => {
    expect(detectRoleByline('The paper hired a new editor')).toBeUndefined();
    expect(detectRoleByline('Meet the Editor')).toBeUndefined();
  });
});

describe('detectCredits on sentences that open with a credit phrase', () => {
  it('keeps a finished sentence about someone else\'s reporting', () => {
    const line = 'Reporting by the Post has shown that the minister knew about the flaw for years.';
    expect(detectCredits(line, wordCount(line), rules.credits)).toBe(false);
  });
});

describe('classifyLine keeps news sentences that brush against the new rules', () => {
  it('keeps them as content', () => {
    const sentences = [
      'The company declined to comment, citing its policy on pending litigation.',
      'Protesters said the comments posted by the minister were moderated only after the backlash.',
      'Several agencies contributed to the report, which was published on Tuesday by the United Nations.',
      'Reporting by local media suggested that the talks had stalled over the weekend.',
      'وقالت الوزارة إن التعليقات التي نشرها المسؤول لا تعبر عن موقف الحكومة الرسمي من المفاوضات الجارية.',
      'The photo, taken by a passer-by, was shared widely before the police confirmed the arrest.',
    ];
    for (const sentence of sentences) expect(ruleOf(sentence), sentence).toBe('content');
  });
});

describe('compileRules with packs that leave the new keys out', () => {
  it('matches no line with a rule that has no phrases, rather than every line', () => {
    const japaneseOnly = compileRules({}, [PHRASE_PACKS.ja!]);
    expect(classifyLine('The minister said on Tuesday that the talks would resume next week.', japaneseOnly)).toEqual({ kind: 'content' });
  });
});

describe('detectFollowPrompt in an author note', () => {
  it('knows "keep up with me on Twitter" and "find us on Facebook"', () => {
    const note = 'Senior editor covering games. You can keep up with me on Twitter: @someone';
    expect(detectFollowPrompt(note, wordCount(note))).toBe(true);
    expect(detectFollowPrompt('Find us on Facebook.', 4)).toBe(true);
  });

  it('leaves news of someone found on a network', () => {
    const sentence = 'Investigators could find Smith on Facebook, where he had posted the threats.';
    expect(detectFollowPrompt(sentence, wordCount(sentence))).toBe(false);
  });
});
