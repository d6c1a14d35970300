// What the app prints after it exits: each dataset a run of this session left unfinished, what it
// kept and how to continue it (a quit must never leave the user guessing what happened to a run).
import { createContext, useCallback, useContext } from 'react';
import type { SavedDataset } from '../../core/app/datasets.js';
import { describeState } from '../../core/app/views.js';
import { progressLabel } from '../../core/app/progress-label.js';

export interface ExitReport {
  /** The database the runs wrote to (one workspace per app). */
  dbFile?: string;
  /** Datasets a run of this session wrote to. */
  datasetIds: Set<string>;
}

export function newExitReport(): ExitReport {
  return { datasetIds: new Set() };
}

const ExitReportContext = createContext<ExitReport>(newExitReport());
export const ExitReportProvider = ExitReportContext.Provider;

/** Notes that a run of this session writes to `datasetId`. */
export function useRecordRun(): (dbFile: string, datasetId: string) => void {
  const report = useContext(ExitReportContext);
  return useCallback(
    (dbFile: string, datasetId: string) => {
      report.dbFile = dbFile;
      report.datasetIds.add(datasetId);
    },
    [report],
  );
}

/** The lines printed on exit, empty when every run of the session finished. */
function exitLines(datasets: SavedDataset[]): string[] {
  // a run still marked running was stopped by the quit itself: the next start shows it as interrupted
  const stopped = datasets.filter((d) => d.status !== 'complete');
  if (stopped.length === 0) return [];
  return [
    ...stopped.map((d) => `ftdb: dataset ${d.id} "${d.name}" ${d.status === 'running' ? 'stopped' : describeState(d.state)}: ${progressLabel(d)}. Everything accepted is kept.`),
    'To continue: run ftdb and choose Generate dataset › Resume, or run `ftdb resume <id>`.',
  ];
}

/** Reads the datasets of the report (lazily: the database is only opened when there is something to say). */
export async function exitSummary(report: ExitReport): Promise<string[]> {
  if (!report.dbFile || report.datasetIds.size === 0) return [];
  const { savedDatasets } = await import('../../core/app/datasets.js');
  return exitLines(savedDatasets(report.dbFile).filter((d) => report.datasetIds.has(d.id)));
}
