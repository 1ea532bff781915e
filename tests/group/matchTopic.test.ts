import { describe, expect, it } from 'vitest';
import { compileTopics, matchTopic, topicKeys } from '../../src/group/matchTopic.js';

/** The topic a text in the given language is filed under. */
function topicOf(text: string, language: string, topics: readonly { name: string; keywords: readonly string[] }[]): string | undefined {
  return matchTopic(topicKeys(text, language), language, compileTopics(topics));
}

describe('matchTopic', () => {
  it('matches an Arabic keyword in another spelling and in the feminine', () => {
    const cyber = [{ name: 'الأمن السيبراني', keywords: ['السيبراني'] }];
    expect(topicOf('تعرضت شبكات وزارة الصحة لهجوم إلكتروني، بحسب المركز الوطني للأمن السيبرانى.', 'ar', cyber)).toBe('الأمن السيبراني');
    expect(topicOf('حذرت الهيئة من ثغرات في البنية التحتية السيبرانية للموانئ.', 'ar', cyber)).toBe('الأمن السيبراني');
  });

  it('matches an Arabic keyword of two words written with and without hamza', () => {
    const topics = [{ name: 'Cyber', keywords: ['الأمن السيبراني'] }];
    expect(topicOf('عقد خبراء الامن السيبرانى اجتماعا في الرياض.', 'ar', topics)).toBe('Cyber');
    expect(topicOf('عقد خبراء الأمن اجتماعا في الرياض.', 'ar', topics)).toBeUndefined();
  });

  it('matches an English keyword in the plural', () => {
    expect(topicOf('Voters in three states go to the polls as local elections open.', 'en', [{ name: 'Elections', keywords: ['election'] }])).toBe('Elections');
  });

  it('matches a French keyword in the plural and without its accents', () => {
    const topics = [{ name: 'Diplomatie', keywords: ['négociation'] }];
    expect(topicOf('Les negociations sur le nucléaire reprendront lundi à Vienne.', 'fr', topics)).toBe('Diplomatie');
  });

  it('matches a keyword of several words only when they come together', () => {
    const topics = [{ name: 'Monetary policy', keywords: ['central bank'] }];
    expect(topicOf('The central bank raised its main rate by half a point.', 'en', topics)).toBe('Monetary policy');
    expect(topicOf('A bank on the central square was robbed on Monday.', 'en', topics)).toBeUndefined();
    expect(topicOf('Les négociations ont repris après le cessez-le-feu.', 'fr', [{ name: 'Trêve', keywords: ['cessez-le-feu'] }])).toBe('Trêve');
  });

  it('matches a long Latin keyword as the start of a longer word', () => {
    expect(topicOf('A cyberattack shut down the hospital for two days.', 'en', [{ name: 'Cyber', keywords: ['cyber'] }])).toBe('Cyber');
  });

  it('does not match a short keyword inside a longer word', () => {
    expect(topicOf('The article was published on Monday.', 'en', [{ name: 'Art', keywords: ['art'] }])).toBeUndefined();
    expect(topicOf('A new art fair opens in Basel.', 'en', [{ name: 'Art', keywords: ['art'] }])).toBe('Art');
  });

  it('does not match a word that starts only with the stem of a keyword', () => {
    // "election" stems to "elect", "police" to "polic": neither should catch electricity or policy.
    const topics = [
      { name: 'Elections', keywords: ['election'] },
      { name: 'Police', keywords: ['police'] },
    ];
    expect(topicOf('Electricity prices rose for a third month, the regulator said.', 'en', topics)).toBeUndefined();
    expect(topicOf('The government announced a new policy on housing.', 'en', topics)).toBeUndefined();
  });

  it('files a story under the topic whose keywords occur most often', () => {
    const topics = [
      { name: 'Economy', keywords: ['inflation'] },
      { name: 'Elections', keywords: ['election', 'vote'] },
    ];
    const text = 'Inflation was the main issue of the election campaign, and turnout in the vote was high.';
    expect(topicOf(text, 'en', topics)).toBe('Elections');
  });

  it('gives a tie to the topic listed first', () => {
    const text = 'Inflation was the main issue of the election campaign.';
    const economyFirst = [
      { name: 'Economy', keywords: ['inflation'] },
      { name: 'Elections', keywords: ['election'] },
    ];
    expect(topicOf(text, 'en', economyFirst)).toBe('Economy');
    expect(topicOf(text, 'en', [...economyFirst].reverse())).toBe('Elections');
  });

  it('finds no topic when no keyword occurs', () => {
    expect(topicOf('A painting stolen in 1996 was returned to the museum.', 'en', [{ name: 'Elections', keywords: ['election'] }])).toBeUndefined();
    expect(topicOf('A painting stolen in 1996 was returned to the museum.', 'en', [])).toBeUndefined();
  });
});
