// Topic keywords per text by TF-IDF over the given texts: offline, deterministic (ties keep the order
// of first appearance), English stopwords and markup noise removed.

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
   below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
   during each either else etc even ever every few for from further get gets getting got had hadn't has
   hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
   however i i'd i'll i'm i've if in into is isn't it it's its itself just let's like make many may me
   might more most much must mustn't my myself need no nor not now of off often on once one only or other
   ought our ours ourselves out over own per please quite rather really same say says shall shan't she
   she'd she'll she's should shouldn't since so some still such than that that's the their theirs them
   themselves then there there's these they they'd they'll they're they've thing things this those though
   through thus to too under until up upon us use used using very via want was wasn't way we we'd we'll
   we're we've well were weren't what what's when when's where where's whether which while who who's
   whom whose why why's will with within without won't would wouldn't yes yet you you'd you'll you're
   you've your yours yourself yourselves
   http https www com org net html md png jpg pdf`.split(/\s+/),
);

const WORD = /\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;
const MIN_LENGTH = 3;

/** Lower-cased words of 3+ letters, English stopwords and markup noise removed (also used by the grounding check). */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words
    .map((w) => w.replace(/['’]s$/, '').replace(/’/g, "'"))
    .filter((w) => w.length >= MIN_LENGTH && !STOPWORDS.has(w));
}

/**
 * For each text, its `perText` most distinctive terms (TF-IDF across all the texts given). The first
 * one is the sample's topic, which splits and charts group by: it is picked among terms the text
 * shares with other texts (but not with most of them), preferring the largest group, so topics form
 * groups instead of being unique to each sample.
 */
export function extractKeywords(texts: readonly string[], perText = 5): string[][] {
  const tokenized = texts.map(contentWords);
  const documentFrequency = new Map<string, number>();
  for (const tokens of tokenized) {
    for (const term of new Set(tokens)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = texts.length;
  return tokenized.map((tokens) => {
    const counts = new Map<string, number>();
    for (const term of tokens) counts.set(term, (counts.get(term) ?? 0) + 1);
    const order = [...counts.keys()];
    const score = (term: string) =>
      ((counts.get(term) ?? 0) / tokens.length) * (Math.log((1 + total) / (1 + (documentFrequency.get(term) ?? 0))) + 1);
    const ranked = order
      .map((term, firstSeen) => ({ term, firstSeen, score: score(term) }))
      .sort((a, b) => b.score - a.score || a.firstSeen - b.firstSeen)
      .map((s) => s.term);
    const df = (term: string) => documentFrequency.get(term) ?? 0;
    const grouping = ranked.filter((term) => isGroupingTerm(df(term), total));
    // The biggest group this text can join; on a tie the most distinctive (earliest ranked) term.
    const weight = (term: string) => (counts.get(term) ?? 0) * df(term);
    const topic = grouping.reduce<string | undefined>((best, term) => (best === undefined || weight(term) > weight(best) ? term : best), undefined) ?? ranked[0];
    return (topic === undefined ? ranked : [topic, ...ranked.filter((t) => t !== topic)]).slice(0, Math.max(0, perText));
  });
}

function isGroupingTerm(documentFrequency: number, total: number): boolean {
  return documentFrequency >= 2 && documentFrequency <= Math.max(2, total / 2);
}
