import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runDayWhole } from './runDay.js';

// `npx tsx scripts/eval/readDay.ts <folder of .xml feeds> [--date YYYY-MM-DD] [--language ar] [--out dir]`:
// a real day's feeds (saved from public repositories, kept outside the project) served from
// 127.0.0.1 and made into a briefing, for reading it as a reader would. Prints the topics and
// their stories with outlet counts; writes the HTML and text email to --out.
const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const folder = process.argv[2];
if (!folder) throw new Error('usage: readDay.ts <folder of feeds> [--date YYYY-MM-DD] [--language en] [--out dir]');
const feeds = readdirSync(folder)
  .filter((file) => /\.(xml|rss|atom)$/.test(file))
  .map((file) => ({ name: file.replace(/\.\w+$/, ''), xml: readFileSync(path.join(folder, file), 'utf8') }));
const date = option('date');
// --defaults: the email a user gets with the default caps (30 stories, 8 per topic), not every story.
const caps = process.argv.includes('--defaults') ? { maxStories: 30, maxStoriesPerTopic: 8 } : {};
const result = await runDayWhole(feeds, { language: option('language') ?? 'en', title: path.basename(folder), ...caps, ...(date ? { maxAgeHours: 36 } : {}) }, date);
const out = option('out') ?? path.join('/tmp', `briefing-${path.basename(folder)}`);
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'briefing.html'), result.html);
writeFileSync(path.join(out, 'briefing.txt'), result.text);
writeFileSync(path.join(out, 'briefing.json'), JSON.stringify(result.briefing, null, 2));
const { stats } = result.briefing;
console.log(`${feeds.length} feeds → ${stats.articles} articles, ${stats.stories} stories (${stats.shownStories} shown); email in ${out}`);
for (const topic of result.briefing.topics) {
  console.log(`\n## ${topic.name} (${topic.kind}, ${topic.stories.length})`);
  for (const story of topic.stories.slice(0, 12)) {
    console.log(`  [${story.outlets ?? '?'} outlets, ${story.articles.length} articles, ${story.section} by ${story.sectionReason?.signal}: ${(story.sectionReason?.evidence ?? []).join(', ')}] ${story.title}`);
    if (story.articles.length > 1) for (const article of story.articles.slice(1, 6)) console.log(`        + ${article.outlet}: ${article.title}`);
  }
}

const stories = result.briefing.topics.flatMap((topic) => topic.stories);
const bySection = new Map<string, number>();
for (const story of stories) bySection.set(story.section ?? 'none', (bySection.get(story.section ?? 'none') ?? 0) + 1);
const inEmail = result.briefing.topics.filter((topic) => topic.stories.some((story) => story.shown));
console.log(`\ntopics in the email: ${inEmail.length} (${inEmail.map((topic) => topic.name).join(', ')})`);
console.log(`stories by section: ${[...bySection].map(([section, count]) => `${section} ${count}`).join(', ')}; in other: ${bySection.get('other') ?? 0} of ${stories.length} (${(((bySection.get('other') ?? 0) / stories.length) * 100).toFixed(0)} %)`);
