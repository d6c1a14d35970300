// The run view's words and numbers, from the run state: the per-phase summary ("read 14 files in 9 s ·
// found 136 · kept 50"), the ETA counted down from the last progress (and past a retry wait, so it does
// not freeze during minutes of rate limiting), and the progress bar.
import { formatDuration } from '../../format.js';
import type { RunState } from '../../hooks/run-state.js';

type Run = Pick<RunState<unknown>, 'files' | 'progress' | 'progressAt' | 'reading' | 'retry'>;

export function phaseSummary(run: Run): string {
  const parts: string[] = [];
  const { files, reading, progress: p } = run;
  const seen = files.read + files.skipped;
  if (reading) parts.push(`reading file ${reading.index + 1} of ${reading.total}`);
  else if (seen > 0) {
    const took = files.startedAt !== undefined && files.endedAt !== undefined ? ` in ${formatDuration(files.endedAt - files.startedAt)}` : '';
    parts.push(`read ${files.read} file${files.read === 1 ? '' : 's'}${took}${files.skipped ? ` (${files.skipped} skipped)` : ''}`);
  }
  if (p) {
    const dropped = Object.values(p.dropped ?? {}).reduce((sum, n) => sum + n, 0);
    parts.push(`found ${p.found ?? p.accepted + dropped}`, `kept ${p.accepted}`);
  }
  return parts.join(' · ');
}

/** Milliseconds still to go: the last estimate minus the time since, plus what a retry still waits. */
export function etaLeft(run: Run, now: number): number | undefined {
  const p = run.progress;
  if (p?.etaMs === undefined) return undefined;
  const since = run.progressAt === undefined ? 0 : now - run.progressAt;
  const waiting = run.retry ? Math.max(0, run.retry.until - now) : 0;
  return Math.max(0, p.etaMs - since) + waiting;
}

/** How far the run is: samples kept of the target once generating, files while reading. */
export function progressFraction(run: Run): number | undefined {
  if (run.progress && run.progress.target > 0) return Math.min(1, run.progress.accepted / run.progress.target);
  if (run.reading) return run.reading.index / run.reading.total;
  return undefined;
}

export function progressBar(fraction: number, width: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(fraction * 100)}%`;
}
