import type { NamedSection } from '../sectionIds.js';

/** A naive Bayes model of the sections, as scripts/sections/trainSectionModel.ts writes it. */
export interface SectionModel {
  /** The sections it tells apart, in the order of each stem's weights. */
  sections: readonly NamedSection[];
  /** What one step of a weight is worth, in natural log units. */
  scale: number;
  /** The stems, separated by spaces. */
  words: string;
  /** Per stem, one signed byte per section: log P(stem | section) less its mean over the sections, over scale. Base64. */
  weights: string;
}
