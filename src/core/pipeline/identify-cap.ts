// When identify finds more conversations than the user asked for, which ones to keep: a share of
// each source file in proportion to what it holds (largest remainder, so the counts add up exactly),
// each file's first ones in document order. No file vanishes because its name sorts late: when the
// limit allows, every file keeps at least one.
import type { IdentifiedConversation } from '../agents/identify.js';

export interface SourceShare {
  file: string;
  kept: number;
  found: number;
}

export function spreadOverSources(found: readonly IdentifiedConversation[], limit: number): { kept: IdentifiedConversation[]; shares: SourceShare[] } {
  const counts = new Map<string, number>();
  for (const c of found) counts.set(c.source.file, (counts.get(c.source.file) ?? 0) + 1);
  if (found.length <= limit) return { kept: [...found], shares: [...counts].map(([file, n]) => ({ file, kept: n, found: n })) };
  const floor = limit >= counts.size ? 1 : 0;
  const spare = limit - floor * counts.size;
  const pool = found.length - floor * counts.size;
  const quota = [...counts].map(([file, n]) => {
    const exact = pool > 0 ? ((n - floor) * spare) / pool : 0;
    return { file, found: n, kept: floor + Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = limit - quota.reduce((sum, q) => sum + q.kept, 0);
  for (const q of [...quota].sort((a, b) => b.remainder - a.remainder || b.found - a.found)) {
    if (left <= 0) break;
    q.kept++;
    left--;
  }
  const allowed = new Map(quota.map((q) => [q.file, q.kept]));
  const kept = found.filter((c) => {
    const n = allowed.get(c.source.file) ?? 0;
    allowed.set(c.source.file, n - 1);
    return n > 0;
  });
  return { kept, shares: quota.map(({ file, kept: k, found: n }) => ({ file, kept: k, found: n })) };
}

/** "a.md 10 of 20, b.csv 5 of 10" (the first `max` sources, then how many more). */
export function describeShares(shares: readonly SourceShare[], max = 50): string {
  const listed = shares.slice(0, max).map((s) => `${s.file} ${s.kept} of ${s.found}`);
  if (shares.length > max) listed.push(`and ${shares.length - max} more file(s)`);
  return listed.join(', ');
}
