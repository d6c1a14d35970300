// The state of one pipeline run as the run view shows it, built from PipelineEvents by a reducer:
// what each phase did so far (files read, candidates found, samples kept), the wait before a retry,
// the agent's endpoint, and the recent log lines (kept in the run view, not printed above later screens).
import type { GenerationProgress, PipelineEvent } from '../../core/app/types.js';

export type LogLine = { tone: 'success' | 'warning' | 'info'; text: string };

type RunStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** The reading phase: files read and skipped, from its first file to its last. */
interface ReadingPhase {
  read: number;
  skipped: number;
  startedAt?: number;
  endedAt?: number;
}

export interface RunState<R> {
  status: RunStatus;
  startedAt: number;
  /** The dataset this run writes to, from the run's first event. */
  datasetId?: string;
  stage: string;
  reading?: { file: string; index: number; total: number };
  files: ReadingPhase;
  progress?: GenerationProgress;
  /** When the last progress arrived: its ETA counts down from there. */
  progressAt?: number;
  /** A request waits before it is tried again (until `until`); cleared by the next progress. */
  retry?: { message: string; until: number; rateLimited: boolean };
  agent?: { provider: string; model: string; endpoint: string };
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
  | { type: 'event'; event: PipelineEvent; at: number }
  | { type: 'budget'; budget?: { spentUsd: number; capUsd: number } }
  | { type: 'cancelling' }
  | { type: 'finished'; result: R }
  | { type: 'failed'; error: unknown; cancelled: boolean };

export function initialRun<R>(): RunState<R> {
  return { status: 'idle', startedAt: 0, stage: '', files: { read: 0, skipped: 0 }, previews: [], log: [], cancelling: false };
}

const PREVIEWS_KEPT = 3;
/** The run view shows a few of them; the rest of the story is in the outcome and the stats file. */
const LOG_KEPT = 50;

function append<R>(state: RunState<R>, tone: LogLine['tone'], text: string): RunState<R> {
  return { ...state, log: [...state.log, { tone, text }].slice(-LOG_KEPT) };
}

function onIngest<R>(state: RunState<R>, e: Extract<PipelineEvent, { type: 'ingest' }>['event'], at: number): RunState<R> {
  const files = { ...state.files, startedAt: state.files.startedAt ?? at };
  if (e.type === 'file-start') return { ...state, files, reading: { file: e.file, index: e.index, total: e.total } };
  if (e.type === 'file-done') return append({ ...state, reading: undefined, files: { ...files, read: files.read + 1, endedAt: at } }, 'success', `${e.file}  read in ${e.ms} ms`);
  return append({ ...state, reading: undefined, files: { ...files, skipped: files.skipped + 1, endedAt: at } }, 'warning', `${e.file}  skipped: ${e.reason}`);
}

function onEvent<R>(state: RunState<R>, event: PipelineEvent, at: number): RunState<R> {
  switch (event.type) {
    case 'dataset':
      return { ...state, datasetId: event.datasetId };
    case 'stage':
      return { ...state, stage: event.message, agent: event.agent ?? state.agent, reading: event.stage === 'ingest' ? state.reading : undefined };
    case 'warning': {
      const retry = event.retry ? { message: event.message, until: at + event.retry.delayMs, rateLimited: event.retry.rateLimited } : state.retry;
      return append({ ...state, retry }, 'warning', event.message);
    }
    case 'generation': {
      const preview = event.progress.preview;
      const previews = preview && preview !== state.previews[0] ? [preview, ...state.previews].slice(0, PREVIEWS_KEPT) : state.previews;
      return { ...state, progress: event.progress, progressAt: at, retry: undefined, previews };
    }
    case 'ingest':
      return onIngest(state, event.event, at);
  }
}

export function runReducer<R>(state: RunState<R>, action: RunAction<R>): RunState<R> {
  switch (action.type) {
    case 'start':
      return { ...initialRun<R>(), status: 'running', startedAt: action.at };
    case 'event':
      return state.status === 'running' ? onEvent(state, action.event, action.at) : state;
    case 'budget':
      return { ...state, budget: action.budget };
    case 'cancelling':
      return { ...state, cancelling: true, budget: undefined };
    case 'finished':
      return { ...state, status: 'done', result: action.result, reading: undefined, retry: undefined };
    case 'failed':
      return { ...state, status: action.cancelled ? 'cancelled' : 'failed', error: action.error, reading: undefined, retry: undefined };
  }
}
