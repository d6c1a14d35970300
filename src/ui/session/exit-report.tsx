// What the app prints after it exits: each dataset a run of this session left unfinished (what it kept
// and how to continue), what the session built and exported with the paths of the files, and review
// edits made after the files were last written (a quit must never leave the user guessing).
import path from 'node:path';
import { createContext, useContext, useMemo } from 'react';
import type { SavedDataset } from '../../core/app/datasets.js';
import { progressLabel } from '../../core/app/progress-label.js';
import type { ExportFiles } from '../../core/app/types.js';
import { describeState } from '../../core/app/views.js';

export interface ExitReport {
  /** The database the session wrote to (one workspace per app), and its folder (paths are shown relative to it). */
  dbFile?: string;
  cwd?: string;
  /** Datasets a run of this session wrote to. */
  datasetIds: Set<string>;
  /** Files written per dataset: by a finished run, and by the last export or re-split. */
  built: Map<string, string[]>;
  exported: Map<string, string[]>;
  /** Datasets with moves or exclusions made after their files were last written. */
  edited: Set<string>;
}

export function newExitReport(): ExitReport {
  return { datasetIds: new Set(), built: new Map(), exported: new Map(), edited: new Set() };
}

const ExitReportContext = createContext<ExitReport>(newExitReport());
export const ExitReportProvider = ExitReportContext.Provider;

type Where = { dbFile: string; cwd: string };

export interface ExitRecorder {
  /** A run of this session writes to `datasetId`. */
  run(where: Where, datasetId: string): void;
  /** Files of `datasetId` were written: by a finished run ('built'), an export or a re-split ('exported'). */
  wrote(where: Where, datasetId: string, files: ExportFiles, how: 'built' | 'exported'): void;
  /** A sample of `datasetId` was moved or excluded: its files on disk are out of date. */
  edited(where: Where, datasetId: string): void;
}

function recorder(report: ExitReport): ExitRecorder {
  const at = (where: Where) => {
    report.dbFile = where.dbFile;
    report.cwd = where.cwd;
  };
  return {
    run(where, datasetId) {
      at(where);
      report.datasetIds.add(datasetId);
    },
    wrote(where, datasetId, files, how) {
      at(where);
      const written = Object.values(files).filter((file): file is string => Boolean(file));
      if (written.length) report[how].set(datasetId, written);
      report.edited.delete(datasetId);
    },
    edited(where, datasetId) {
      at(where);
      report.edited.add(datasetId);
    },
  };
}

/** What the screens tell the exit report. */
export function useExitReport(): ExitRecorder {
  const report = useContext(ExitReportContext);
  return useMemo(() => recorder(report), [report]);
}

/** "output_datasets/my_dataset/ (my_dataset_train.jsonl, my_dataset_stats.json)" per folder. */
function describeFiles(files: string[], cwd: string): string {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = path.relative(cwd, path.dirname(file)) || '.';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path.basename(file)]);
  }
  return [...byFolder].map(([folder, names]) => `${folder}/ (${names.join(', ')})`).join('; ');
}

/** The lines printed on exit, empty when the session wrote nothing worth a word. */
function exitLines(datasets: Map<string, SavedDataset>, report: ExitReport): string[] {
  const cwd = report.cwd ?? process.cwd();
  const name = (id: string) => `${id} "${datasets.get(id)?.name ?? '?'}"`;
  // a run still marked running was stopped by the quit itself: the next start shows it as interrupted
  const stopped = [...report.datasetIds].map((id) => datasets.get(id)).filter((d): d is SavedDataset => d !== undefined && d.status !== 'complete');
  const lines = stopped.map(
    (d) => `ftdb: dataset ${d.id} "${d.name}" ${d.status === 'running' ? 'stopped' : describeState(d.state)}: ${progressLabel(d)}. Everything accepted is kept.`,
  );
  if (stopped.length) lines.push('To continue: run ftdb and choose Generate dataset › Resume, or run `ftdb resume <id>`.');
  for (const [id, files] of report.built) lines.push(`ftdb: built ${name(id)}: ${datasets.get(id)?.samples ?? 0} samples, files in ${describeFiles(files, cwd)}`);
  for (const [id, files] of report.exported) lines.push(`ftdb: exported ${name(id)} to ${describeFiles(files, cwd)}`);
  for (const id of report.edited) {
    lines.push(`ftdb: ${name(id)} has review changes (moves or exclusions) that are not exported: run ftdb and choose Export, or \`ftdb export ${id}\`.`);
  }
  return lines;
}

/** Reads the datasets of the report (lazily: the database is only opened when there is something to say). */
export async function exitSummary(report: ExitReport): Promise<string[]> {
  const ids = new Set([...report.datasetIds, ...report.built.keys(), ...report.exported.keys(), ...report.edited]);
  if (!report.dbFile || ids.size === 0) return [];
  const { savedDatasets } = await import('../../core/app/datasets.js');
  const datasets = new Map(savedDatasets(report.dbFile).filter((d) => ids.has(d.id)).map((d) => [d.id, d]));
  return exitLines(datasets, report);
}
