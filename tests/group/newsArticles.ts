import { toArticle } from '../../scripts/eval/corpora.js';
import type { Article } from '../../src/types.js';

/**
 * Short news articles written for these tests, in the shape the clean stage hands to grouping:
 * two outlets on one earthquake in Sumatra, one report of another earthquake in Peru, two outlets
 * on an election, two Arabic outlets (with their own spellings) on one visit, and a few loners.
 */
export function article(id: string, source: string, published: string | null, title: string, text: string): Article {
  return toArticle(id, title, text, source, published);
}

export const sumatraReuters = article(
  'sumatra-reuters',
  'Reuters',
  '2026-03-03T08:00:00Z',
  'Magnitude 7.1 earthquake strikes Sumatra, killing at least 12',
  "A magnitude 7.1 earthquake struck off the western coast of Sumatra on Tuesday, killing at least 12 people and damaging hundreds of homes, Indonesia's disaster agency said.\n\n" +
    'The quake hit at a depth of 10 kilometres near the town of Padang, according to the agency, which said rescuers were still searching collapsed buildings. A tsunami warning was issued and lifted two hours later.\n\n' +
    'Indonesia sits on the Pacific Ring of Fire and is frequently hit by earthquakes.',
);

export const sumatraAp = article(
  'sumatra-ap',
  'AP',
  '2026-03-03T09:30:00Z',
  "Strong quake kills 12 on Indonesia's Sumatra island",
  'At least 12 people died when a strong earthquake with a magnitude of 7.1 shook Sumatra on Tuesday, Indonesian officials said, as rescuers dug through the rubble of houses in Padang.\n\n' +
    'The disaster agency said the quake was shallow, at 10 kilometres, and that a brief tsunami warning had been lifted. Hundreds of homes were damaged across West Sumatra province.',
);

export const peruAfp = article(
  'peru-afp',
  'AFP',
  '2026-03-03T11:00:00Z',
  'Earthquake of magnitude 6.2 rattles southern Peru',
  'A 6.2-magnitude earthquake rattled southern Peru on Tuesday, cracking walls in the Arequipa region and injuring five people, authorities said.\n\n' +
    "The epicentre was 35 kilometres from Chala, according to Peru's geophysical institute. Firefighters were checking roads in the Andes for landslides, and the government said it was sending tents and water.",
);

export const electionReuters = article(
  'election-reuters',
  'Reuters',
  '2026-03-02T22:00:00Z',
  "Portugal's Socialists win snap election but fall short of majority",
  "Portugal's Socialist Party won Sunday's snap parliamentary election with 36 percent of the vote, official results showed, but fell short of the majority it needs to govern alone.\n\n" +
    'Party leader Pedro Nuno Santos told supporters in Lisbon he would seek talks with smaller parties on the left. Turnout was 59 percent, the highest since 2015.',
);

export const electionBbc = article(
  'election-bbc',
  'BBC',
  '2026-03-03T06:00:00Z',
  'Portugal election: Socialists first but without a majority',
  'The Socialists came first in Portugal\'s snap election on Sunday, taking 36% of the vote, but will need partners to form a government.\n\n' +
    'Speaking in Lisbon, Pedro Nuno Santos said he would open talks with left-wing parties. Turnout rose to 59%, its highest level since 2015, electoral officials said.',
);

export const lavrovRt = article(
  'lavrov-rt',
  'RT Arabic',
  '2026-03-03T07:00:00Z',
  'لافروف يصل إلى القاهرة لبحث الأزمة في غزة',
  'وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة اليوم الثلاثاء في زيارة رسمية يبحث خلالها مع نظيره المصري بدر عبد العاطي الأوضاع في قطاع غزة وجهود وقف إطلاق النار.\n\n' +
    'وقالت وزارة الخارجية الروسية إن لافروف سيلتقي أيضا الرئيس عبد الفتاح السيسي لبحث العلاقات الثنائية والتعاون في مجال الطاقة النووية.',
);

// Egyptian spelling: ى for final ي, ه for ة, no hamza on alef, سيرجي for سيرغي.
export const lavrovSputnik = article(
  'lavrov-sputnik',
  'Sputnik Arabic',
  '2026-03-03T10:00:00Z',
  'وزير الخارجية الروسى سيرجى لافروف فى القاهرة',
  'بدأ وزير الخارجية الروسى سيرجي لافروف زيارة رسمية إلى القاهرة يلتقى خلالها نظيره المصرى بدر عبد العاطى لبحث الاوضاع فى قطاع غزه ووقف اطلاق النار.\n\n' +
    'ومن المقرر ان يلتقى لافروف الرئيس عبد الفتاح السيسى، حيث تتناول المباحثات العلاقات الثنائيه والتعاون فى مجال الطاقه النوويه ومحطه الضبعة.',
);

export const vermeer = article(
  'vermeer-guardian',
  'The Guardian',
  '2026-03-03T12:00:00Z',
  'Stolen Vermeer returned to Dutch museum after 30 years',
  'A painting by Johannes Vermeer stolen from a museum in Delft in 1996 has been returned after police found it in a private collection in Belgium, the museum said on Tuesday.\n\n' +
    'Curators said the canvas was in good condition and would go back on display next month.',
);

export const football = article(
  'football-sportsdesk',
  'Sports Desk',
  '2026-03-03T21:00:00Z',
  'Liverpool beat Arsenal 2-1 at Anfield',
  'Mohamed Salah scored twice as Liverpool came from behind to beat Arsenal 2-1 at Anfield on Tuesday night and move three points clear at the top of the Premier League.\n\n' +
    'Bukayo Saka had given the visitors the lead before half-time, but Salah levelled with a header and won it from the penalty spot.',
);

// Two more outlets on the Sumatra earthquake, each rewriting one of the wires above.
export const sumatraAlJazeera = article(
  'sumatra-aljazeera',
  'Al Jazeera',
  '2026-03-03T10:00:00Z',
  'Indonesia: 7.1 magnitude earthquake off Sumatra kills at least 12',
  "At least 12 people have been killed after a magnitude 7.1 earthquake struck off the western coast of Sumatra, Indonesia's disaster agency says, with hundreds of homes damaged.\n\n" +
    'The earthquake hit at a depth of 10km near Padang, and rescuers are searching collapsed buildings for survivors. A tsunami warning was lifted after two hours.',
);

export const sumatraJakartaPost = article(
  'sumatra-jakartapost',
  'The Jakarta Post',
  '2026-03-03T11:00:00Z',
  'Quake kills 12 in West Sumatra, homes damaged in Padang',
  'A strong earthquake with a magnitude of 7.1 shook West Sumatra on Tuesday, killing at least 12 people, officials said, as rescuers dug through the rubble of houses in Padang.\n\n' +
    'The quake was shallow, at 10 kilometres, the disaster agency said, adding that hundreds of homes across the province were damaged and a brief tsunami warning had been lifted.',
);
