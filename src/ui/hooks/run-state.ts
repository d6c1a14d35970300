// The state of one pipeline run as the run view shows it, built from PipelineEvents by a reducer.
import type { GenerationProgress, PipelineEvent } from '../../core/app/types.js';

/** Finished facts, printed once above the live area (the app's one <Static>). */
type LogLine = { tone: 'success' | 'warning' | 'info'; text: string };

type RunStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface RunState<R> {
  status: RunStatus;
  startedAt: number;
  /** The dataset this run writes to, from the run's first event. */
  datasetId?: string;
  stage: string;
  reading?: { file: string; index: number; total: number };
  progress?: GenerationProgress;
  previews: string[];
  log: LogLine[];
  /** Set while the run waits for the user: the budget is spent. */
  budget?: { spentUsd: number; capUsd: number };
  cancelling: boolean;
  result?: R;
  error?: unknown;
}

export type RunAction<R> =
  | { type: 'start'; at: number }
  | { type: 'event'; event: PipelineEvent }
  | { type: 'budget'; budget?: { spentUsd: number; capUsd: number } }
  | { type: 'cancelling' }
  | { type: 'finished'; result: R }
  | { type: 'failed'; error: unknown; cancelled: boolean };

export function initialRun<R>(): RunState<R> {
  return { status: 'idle', startedAt: 0, stage: '', previews: [], log: [], cancelling: false };
}

const PREVIEWS_KEPT = 3;

function append<R>(state: RunState<R>, tone: LogLine['tone'], text: string): RunState<R> {
  return { ...state, log: [...state.log, { tone, text }] };
}

function onEvent<R>(state: RunState<R>, event: PipelineEvent): RunState<R> {
  switch (event.type) {
    case 'dataset':
      return { ...state, datasetId: event.datasetId };
    case 'stage':
      return { ...state, stage: event.message, reading: event.stage === 'ingest' ? state.reading : undefined };
    case 'warning':
      return append(state, 'warning', event.message);
    case 'generation': {
      const preview = event.progress.preview;
      const previews = preview && preview !== state.previews[0] ? [preview, ...state.previews].slice(0, PREVIEWS_KEPT) : state.previews;
      return { ...state, progress: event.progress, previews };
    }
    case 'ingest': {
      const e = event.event;
      if (e.type === 'file-start') return { ...state, reading: { file: e.file, index: e.index, total: e.total } };
      if (e.type === 'file-done') return append({ ...state, reading: undefined }, 'success', `${e.file}  read in ${e.ms} ms`);
      return append({ ...state, reading: undefined }, 'warning', `${e.file}  skipped: ${e.reason}`);
    }
  }
}

export function runReducer<R>(state: RunState<R>, action: RunAction<R>): RunState<R> {
  switch (action.type) {
    case 'start':
      return { ...initialRun<R>(), status: 'running', startedAt: action.at };
    case 'event':
      return state.status === 'running' ? onEvent(state, action.event) : state;
    case 'budget':
      return { ...state, budget: action.budget };
    case 'cancelling':
      return { ...state, cancelling: true, budget: undefined };
    case 'finished':
      return { ...state, status: 'done', result: action.result, reading: undefined };
    case 'failed':
      return { ...state, status: action.cancelled ? 'cancelled' : 'failed', error: action.error, reading: undefined };
  }
}
