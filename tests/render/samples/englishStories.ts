import type { SampleStory } from './sampleBriefing.js';

/** Twenty English stories written for measuring and screenshots, of the length the summarizer makes. */
export const ENGLISH_STORIES: readonly SampleStory[] = [
  {
    topic: 'Politics',
    title: 'EU leaders agree €50bn support package for Ukraine after Hungary lifts veto',
    summary: "European Union leaders agreed on Thursday to a €50bn package of grants and loans for Ukraine over four years, after Hungary's prime minister dropped his objections at the start of a summit in Brussels. The deal includes an annual review of how the money is spent, a concession that diplomats said allowed all 27 members to sign up.",
  },
  {
    topic: 'Economy',
    title: 'US economy adds 275,000 jobs in February as unemployment ticks up',
    summary: 'The US economy added 275,000 jobs last month, well above forecasts, but the unemployment rate rose to 3.9%, its highest in two years. Wage growth slowed to 4.3% on an annual basis, a mix that economists said keeps the Federal Reserve on course to start cutting interest rates by the summer.',
  },
  {
    topic: 'Technology',
    title: 'Apple fined €1.8bn by EU over music streaming rules',
    summary: 'The European Commission fined Apple €1.8bn for preventing music streaming apps from telling iPhone users about cheaper subscriptions outside the App Store. Apple said it would appeal, arguing that the decision mainly benefits Spotify, which filed the original complaint five years ago.',
  },
  {
    topic: 'Science',
    title: 'Odysseus lander tips over but keeps sending data from the Moon',
    summary: 'The first private spacecraft to land on the Moon came to rest on its side after catching a foot on the surface, its makers said, but it is still sending photographs and measurements. Engineers expect its batteries to run out within days as the lunar night falls over the landing site near the south pole.',
  },
  {
    topic: 'Sport',
    title: 'Manchester City held at home as title race tightens',
    summary: 'Manchester City dropped two points at home for the second time this month after a late equaliser, leaving them one point behind the leaders with ten games to play. Their manager said the team had been careless in the final minutes and warned that the run-in would leave no room for such mistakes.',
  },
  {
    topic: 'Politics',
    title: "Senegal's president sets new election date after court ruling",
    summary: "Senegal's president announced that the delayed presidential election will be held on 24 March, days after the constitutional court ruled that his attempt to postpone it until December was unlawful. Opposition leaders welcomed the date but said the short campaign would favour candidates with established party machines.",
  },
  {
    topic: 'Economy',
    title: 'China sets growth target of around 5% for 2024',
    summary: "China's premier told the National People's Congress that the government is aiming for economic growth of about 5% this year, the same target as last year, despite a property slump and weak consumer demand. Analysts said reaching it will require more stimulus than the modest measures announced so far.",
  },
  {
    topic: 'Technology',
    title: 'Nvidia briefly becomes the third US company worth $2tn',
    summary: "Nvidia's market value briefly passed $2tn on Friday, making the chipmaker only the third US company after Microsoft and Apple to reach the mark. Its shares have almost tripled over the past year on demand for the processors used to train artificial intelligence models.",
  },
  {
    topic: 'Science',
    title: 'Ocean heat breaks daily records for a full year, scientists say',
    summary: 'Average sea surface temperatures have now broken daily records for twelve months in a row, according to data from the US climate agency. Researchers said the combination of long-term warming and El Niño was behind the streak, and warned that coral reefs were facing another mass bleaching event.',
  },
  {
    topic: 'Sport',
    title: 'Six Nations: Scotland beat England for fourth year in a row',
    summary: "Scotland beat England 30-21 at Murrayfield to retain the Calcutta Cup for a fourth consecutive year, with their winger scoring a hat-trick of tries. England's coach said his side had been let down by their discipline, conceding fourteen penalties in a game they had led early on.",
  },
  {
    topic: 'Politics',
    title: 'UK budget cuts national insurance by two percentage points',
    summary: 'The chancellor announced a further two-point cut to employee national insurance in his spring budget, saying it would save the average worker about £450 a year. The opposition said the tax burden would still reach its highest level in seventy years, while economists questioned how the cuts would be paid for.',
  },
  {
    topic: 'Economy',
    title: 'Bitcoin climbs above $68,000 to reach a record high',
    summary: 'Bitcoin rose above its previous all-time high of just under $69,000 on Tuesday, lifted by heavy buying from the new exchange-traded funds approved in January. The cryptocurrency has more than doubled in value since October, although analysts cautioned that sharp reversals have often followed such rallies.',
  },
  {
    topic: 'Technology',
    title: 'Google pauses AI image tool after criticism of historical pictures',
    summary: 'Google has stopped its Gemini chatbot from generating images of people after users shared pictures that depicted historical figures inaccurately. The company said the tool had missed the mark and that it was working on an improved version, which it would release after further testing.',
  },
  {
    topic: 'Science',
    title: 'Researchers grow mini-organs from cells in amniotic fluid',
    summary: 'Scientists in London have grown small versions of lungs, kidneys and intestines from cells found in the fluid around unborn babies. The organoids could one day help doctors diagnose and treat congenital conditions before birth, the team wrote in the journal Nature Medicine.',
  },
  {
    topic: 'Other',
    title: 'Blizzard brings heavy snow and closes roads across the Sierra Nevada',
    summary: "A powerful blizzard dumped up to three metres of snow on parts of California's Sierra Nevada over the weekend, closing a major highway and several ski resorts. Forecasters said winds above 150 km/h made travel impossible in the mountains and warned of avalanche danger into the coming week.",
  },
  {
    topic: 'Politics',
    title: 'Haiti declares state of emergency after gangs storm prisons',
    summary: "Haiti's government declared a state of emergency and a night-time curfew after armed gangs attacked the country's two largest prisons, freeing thousands of inmates. The prime minister was abroad at the time, and the United Nations said the security situation in the capital had become untenable.",
  },
  {
    topic: 'Sport',
    title: 'Caitlin Clark breaks all-time NCAA scoring record',
    summary: 'Iowa guard Caitlin Clark became the top scorer in the history of US college basketball, passing the record set by Pete Maravich more than fifty years ago. She scored 35 points in the game, which was watched by a sell-out crowd, and will enter the professional draft next month.',
  },
  {
    topic: 'Other',
    title: 'Paris Fashion Week closes with tributes to a retiring designer',
    summary: 'Paris Fashion Week ended on Tuesday with a series of shows honouring a Belgian designer who announced his retirement earlier this year. Guests included many of the models who have walked for him over four decades, and the final collection drew a standing ovation.',
  },
  {
    topic: 'Economy',
    title: 'Oil steadies as OPEC+ extends output cuts to mid-year',
    summary: 'Oil prices held steady on Monday after the OPEC+ group of producers agreed to extend voluntary output cuts of about two million barrels a day until the end of June. Traders said the move had been widely expected and that attention was turning to demand in China and the United States.',
  },
  {
    topic: 'Technology',
    title: 'European Parliament approves landmark AI Act',
    summary: "The European Parliament voted by a large majority to approve the world's first comprehensive rules on artificial intelligence, banning some uses outright and setting strict obligations for high-risk systems. The law will come into force in stages over the next two years, with fines of up to 7% of global turnover.",
  },
];
