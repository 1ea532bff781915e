/** B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin, 1998). */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): { precision: number; recall: number; f1: number } {
  const members = (labels: ReadonlyMap<string, string>) => {
    const groups = new Map<string, string[]>();
    for (const [item, label] of labels) groups.set(label, [...(groups.get(label) ?? []), item]);
    return groups;
  };
  const predictedGroups = members(predicted);
  const goldGroups = members(gold);
  let precision = 0;
  let recall = 0;
  for (const [item, label] of predicted) {
    const cluster = predictedGroups.get(label) ?? [];
    const goldLabel = gold.get(item);
    const story = goldGroups.get(goldLabel ?? '') ?? [];
    const correct = cluster.filter((other) => gold.get(other) === goldLabel).length;
    precision += correct / cluster.length;
    recall += correct / story.length;
  }
  precision /= predicted.size;
  recall /= predicted.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
