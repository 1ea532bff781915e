export type Half = 'A' | 'B';

/**
 * The half of a dev set a story (or topic, or event) belongs to: tune on A, report B. A hash of
 * the label, so that every article of one story lands in the same half and the split is stable.
 */
export function halfOf(label: string): Half {
  let hash = 0;
  for (const character of label) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash % 2 === 0 ? 'A' : 'B';
}
