// What the distribution report says about groups a weighted split could not split evenly, in words
// (the CLI summaries and the menu's split result show the same lines).
import type { SplitReport } from './distribution.js';
import { trainTarget } from './quotas.js';

const MAX_NAMED = 8;

function named(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_NAMED).join(', ');
  return keys.length > MAX_NAMED ? `${shown} and ${keys.length - MAX_NAMED} more` : shown;
}

/** Lines about too-small and one-sided groups and a train count moved off the exact ratio. */
export function splitReportNotes(report: SplitReport): string[] {
  if (report.strategy !== 'weighted') return [];
  const what = report.weightBy === 'source' ? 'source' : 'keyword';
  const notes: string[] = [];
  if (report.smallGroups.length > 0) {
    notes.push(`Too small to split (1 sample, on one side only), ${report.smallGroups.length} ${what}(s): ${named(report.smallGroups)}`);
  }
  if (report.oneSidedGroups.length > 0) {
    notes.push(`On one side only because their samples are near duplicates: ${named(report.oneSidedGroups)}`);
  }
  const exact = trainTarget(report.total, report.ratio);
  if (report.targetTrain !== exact) {
    notes.push(`Train ${report.targetTrain} instead of ${exact}: every ${what} with 2+ samples keeps one on each side.`);
  }
  return notes;
}

/** The split report stored with a dataset's split settings (stats JSON `split`), if there is one. */
export function storedSplitReport(splitSettings: unknown): SplitReport | undefined {
  if (typeof splitSettings !== 'object' || splitSettings === null || !('report' in splitSettings)) return undefined;
  const report = (splitSettings as { report: unknown }).report;
  return typeof report === 'object' && report !== null && 'smallGroups' in report ? (report as SplitReport) : undefined;
}
