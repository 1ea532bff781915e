import { describe, expect, it } from 'vitest';
import { findNearDuplicates as groupSignatures } from '../../src/group/findNearDuplicates.js';
import { minHashOf } from '../../src/text/minHash.js';
import { fedHoldsRates, withWireFrame } from './wireCopies.js';

// Another central bank's decision the same week: same subject, same vocabulary, another story.
const bankOfEngland =
  'The Bank of England cut its main interest rate by a quarter point to 4 percent on Thursday, its fifth cut in a year, as the economy slowed and unemployment rose.\n\n' +
  'The Monetary Policy Committee voted 5 to 4 for the cut, an unusually close decision. Governor Andrew Bailey said the path for further cuts was more uncertain because inflation was expected to rise to 4 percent in September.\n\n' +
  'Markets had expected the cut.';

// The same Fed decision written up independently by another newsroom.
const fedRewritten =
  'Federal Reserve officials held interest rates steady on Wednesday, with two governors breaking ranks to call for a cut as President Donald Trump kept up pressure on the central bank.\n\n' +
  'The decision left the benchmark rate between 4.25 and 4.5 percent, where it has been since December. Powell said the Fed was well positioned to wait and see how tariffs affect inflation before moving.\n\n' +
  'The dissents by Christopher Waller and Michelle Bowman were the first by two governors in more than three decades.';

/** The groups of copies among texts, each signed as cleaning signs an article. */
const findNearDuplicates = (texts: string[]) => groupSignatures(texts.map(minHashOf));

describe('findNearDuplicates', () => {
  it('finds a syndicated copy with its own first line and footer', () => {
    const ap = withWireFrame('WASHINGTON (AP) — ', 'Copyright 2026 The Associated Press. All rights reserved.');
    const herald = withWireFrame(
      'By Christopher Rugaber, Associated Press\n\nWASHINGTON — ',
      'Read more business news at the Daily Herald. Sign up for our newsletter.',
    );
    expect(findNearDuplicates([bankOfEngland, ap, fedRewritten, herald])).toEqual([[1, 3]]);
  });

  it('does not take two different stories on the same subject for copies', () => {
    expect(findNearDuplicates([fedHoldsRates, bankOfEngland, fedRewritten])).toEqual([]);
  });

  it('finds a copy whose Arabic spelling differs only in the variants outlets use', () => {
    const original = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة اليوم في زيارة رسمية يبحث خلالها مع نظيره المصري الأوضاع في قطاع غزة وجهود وقف إطلاق النار والتعاون في مجال الطاقة النووية.';
    const copy = 'وصل وزير الخارجية الروسى سيرغي لافروف الى القاهرة اليوم فى زيارة رسمية يبحث خلالها مع نظيره المصرى الاوضاع فى قطاع غزه وجهود وقف اطلاق النار والتعاون فى مجال الطاقه النوويه.';
    expect(findNearDuplicates([original, copy])).toEqual([[0, 1]]);
  });

  it('does not judge texts too short to have a fingerprint', () => {
    expect(findNearDuplicates(['Markets closed higher.', 'Markets closed higher.'])).toEqual([]);
  });

  it('groups three copies of one story together', () => {
    const copies = [withWireFrame('(AP) — ', ''), withWireFrame('WASHINGTON — ', 'Share this story'), fedHoldsRates];
    expect(findNearDuplicates([bankOfEngland, ...copies])).toEqual([[1, 2, 3]]);
  });
});
