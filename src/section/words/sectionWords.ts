import type { SectionId } from '../../types.js';

/**
 * Words and short phrases that, in the news of one language, mark a story as belonging to a
 * section, written as a reader would write them: they are normalised and stemmed like the text
 * before they are compared, so one form of a word stands for its inflections.
 */
export type SectionWords = Readonly<Record<Exclude<SectionId, 'other'>, readonly string[]>>;
