import { describe, expect, it } from 'vitest';
import type { LineEntry } from '../../../src/clean/cleanBlocks.js';
import { dropCaptionsBeforeControls } from '../../../src/clean/lines/dropCaptionsBeforeControls.js';
import { dropRepeatedLines } from '../../../src/clean/lines/dropRepeatedLines.js';
import { takeDateline } from '../../../src/clean/lines/takeDateline.js';

const kept = (text: string, prose = false): LineEntry => ({ kept: text, prose, heading: false });
const rulesOf = (entries: readonly LineEntry[]) => entries.map((entry) => ('rule' in entry ? entry.rule : 'kept'));

describe('dropRepeatedLines', () => {
  it('drops a line the page shows three times, every copy of it', () => {
    const entries = [kept('Weather threatens holiday plans'), kept('A caption of the first photo of the gallery, long enough.', true), kept('Weather threatens holiday plans'), kept('Weather threatens holiday plans')];
    dropRepeatedLines(entries);
    expect(rulesOf(entries)).toEqual(['repeated', 'kept', 'repeated', 'repeated']);
  });

  it('keeps a line seen twice', () => {
    const entries = [kept('Most read'), kept('Most read')];
    dropRepeatedLines(entries);
    expect(rulesOf(entries)).toEqual(['kept', 'kept']);
  });

  it('keeps paragraphs a meal plan repeats day after day, and short table cells', () => {
    const day = ['Breakfast', 'Two eggs, one slice of whole-grain toast and a cup of berries', 'Lunch', 'Yes'];
    const entries = [...day, ...day, ...day].map((line) => kept(line, true));
    dropRepeatedLines(entries);
    expect(rulesOf(entries).every((rule) => rule === 'kept')).toBe(true);
  });

  it('drops a caption a gallery shows again and again in a row, a cut copy among them', () => {
    const caption = 'Two designers unveil a concept car at the auto show in Los Angeles on Tuesday, Nov. 19, 2019.';
    const entries = [kept(caption, true), kept(caption.slice(0, 70), true), kept(caption, true), kept('The show opens to the public on Friday.', true)];
    dropRepeatedLines(entries);
    expect(rulesOf(entries)).toEqual(['repeated', 'repeated', 'repeated', 'kept']);
  });
});

describe('dropCaptionsBeforeControls', () => {
  it('takes the line before a hide-caption control as the caption it hides', () => {
    const entries: LineEntry[] = [kept('Travelers wait in line at the airport on Tuesday as snow delayed flights.', true), { text: 'HIDE CAPTION', rule: 'caption-control' }, kept('The storm moved east overnight.', true)];
    dropCaptionsBeforeControls(entries);
    expect(rulesOf(entries)).toEqual(['caption', 'caption-control', 'kept']);
  });
});

describe('takeDateline', () => {
  it('takes the dateline that opens the first paragraph', () => {
    expect(takeDateline(['WASHINGTON (CNN) -- The Senate voted on Tuesday to extend the program.', 'Second.'])).toEqual({
      dateline: 'WASHINGTON (CNN)',
      paragraphs: ['The Senate voted on Tuesday to extend the program.', 'Second.'],
    });
  });

  it('takes a dateline that stands as a paragraph of its own', () => {
    expect(takeDateline(['دمشق، سوريا (CNN) --', 'دعت الأمم المتحدة، الخميس، إلى هدنة إنسانية عاجلة.'])).toEqual({
      dateline: 'دمشق، سوريا (CNN)',
      paragraphs: ['دعت الأمم المتحدة، الخميس، إلى هدنة إنسانية عاجلة.'],
    });
  });

  it('leaves a text without a dateline as it is', () => {
    const paragraphs = ['Breaking news', 'The minister (who spoke to reporters) said the talks would go on.'];
    expect(takeDateline(paragraphs)).toEqual({ paragraphs });
  });
});

describe('takeDateline below story highlights', () => {
  it('takes a dateline that credits an outlet from one of the first paragraphs, and keeps those above it', () => {
    const paragraphs = ['NEW: Forecasters expect a quieter day', 'Send us your photos of the storm.', '(CNN) -- The storm moved east overnight, closing roads in three states.'];
    expect(takeDateline(paragraphs)).toEqual({
      dateline: '(CNN)',
      paragraphs: ['NEW: Forecasters expect a quieter day', 'Send us your photos of the storm.', 'The storm moved east overnight, closing roads in three states.'],
    });
  });

  it('leaves a place name in capitals further down, which may be a sub-heading of the story', () => {
    const paragraphs = ['The talks ended on Friday without a deal.', 'LONDON — Officials said they would meet again next month in the capital.'];
    expect(takeDateline(paragraphs)).toEqual({ paragraphs });
  });
});
