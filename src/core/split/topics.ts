// Weighted by keywords: which of its keywords each sample is grouped by. A sample's keywords come
// most relevant first; grouping everyone by the first one makes a few huge topics and many topics
// of one sample (too small to split). Instead the grouping is chosen for the most balanced groups:
// fewest groups of one sample first, then the most even sizes (smallest sum of squared sizes).
//
// Local search, deterministic: start from each sample's first keyword, then visit the samples in
// order and move one to another of its own keywords whenever that improves the objective; repeat
// until a whole pass changes nothing (or MAX_PASSES). Every move strictly improves the objective,
// so the search ends; the result depends only on the samples (in the order given), never on the
// seed or the ratio.

const NO_KEYWORD = '(no keyword)';
const MAX_PASSES = 20;

/** A sample's distinct topic keywords, trimmed and lowercased, most relevant first. */
export function topicCandidates(keywords: readonly string[]): string[] {
  const topics = [...new Set(keywords.map((keyword) => keyword.trim().toLowerCase()).filter((keyword) => keyword !== ''))];
  return topics.length > 0 ? topics : [NO_KEYWORD];
}

/** The topic each sample is grouped by, one per entry of `keywordLists`. */
export function chooseTopics(keywordLists: readonly (readonly string[])[]): string[] {
  const candidates = keywordLists.map(topicCandidates);
  const chosen = candidates.map((topics) => topics[0]);
  const sizes = new Map<string, number>();
  for (const topic of chosen) sizes.set(topic, (sizes.get(topic) ?? 0) + 1);
  const sizeOf = (topic: string) => sizes.get(topic) ?? 0;

  for (let pass = 0, moved = true; moved && pass < MAX_PASSES; pass++) {
    moved = false;
    candidates.forEach((topics, i) => {
      if (topics.length < 2) return;
      const from = chosen[i];
      let best: string | undefined;
      let bestGain: [number, number] = [0, 0];
      for (const to of topics) {
        if (to === from) continue;
        const gain = gainOfMove(sizeOf(from), sizeOf(to));
        if (gain[0] > bestGain[0] || (gain[0] === bestGain[0] && gain[1] > bestGain[1])) [best, bestGain] = [to, gain];
      }
      if (best === undefined) return;
      sizes.set(from, sizeOf(from) - 1);
      sizes.set(best, sizeOf(best) + 1);
      chosen[i] = best;
      moved = true;
    });
  }
  return chosen;
}

/**
 * What moving one sample from a group of `from` samples to one of `to` samples gains:
 * [groups of one sample fewer, decrease of the sum of squared sizes].
 */
function gainOfMove(from: number, to: number): [number, number] {
  let singles = 0;
  if (from === 1) singles++; // the source group disappears
  if (from === 2) singles--; // ... or is left with one sample
  if (to === 0) singles--; // a new group of one
  if (to === 1) singles++; // a group of one gets company
  const squares = from * from + to * to - ((from - 1) * (from - 1) + (to + 1) * (to + 1));
  return [singles, squares];
}
