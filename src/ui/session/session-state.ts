// What the whole menu session remembers: the screen, the settings in use, the dataset being worked on,
// and which steps are done, so the main menu can highlight the next logical step.
import type { AppConfig } from '../../core/config/schema.js';

export type ScreenId = 'main' | 'configure' | 'generate' | 'split' | 'stats' | 'export' | 'publish' | 'settings' | 'datasets';
export type Step = 'configure' | 'generate' | 'split' | 'export';

export interface SessionState {
  screen: ScreenId;
  config: AppConfig;
  /** The dataset the last Generate produced (or the one picked later). */
  datasetId?: string;
  done: Step[];
  /** Shown once on the main menu after a step finishes. */
  notice?: string;
}

export type SessionAction =
  | { type: 'open'; screen: ScreenId }
  | { type: 'home'; notice?: string }
  | { type: 'config'; config: AppConfig }
  | { type: 'step-done'; step: Step; notice?: string; datasetId?: string }
  /** The dataset was deleted: it is no longer the current one, and its review and export are undone. */
  | { type: 'dataset-gone'; datasetId: string };

export function initialSession(config: AppConfig, screen: ScreenId = 'main'): SessionState {
  return { screen, config, done: [] };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'open':
      return { ...state, screen: action.screen, notice: undefined };
    case 'home':
      return { ...state, screen: 'main', notice: action.notice };
    case 'config':
      return { ...state, config: action.config };
    case 'dataset-gone':
      if (state.datasetId !== action.datasetId) return state;
      return { ...state, datasetId: undefined, done: state.done.filter((s) => s === 'configure') };
    case 'step-done': {
      // A step done means the ones before it are done too (splitting a dataset of an earlier session
      // needs no Configure or Generate now), so the next step is the one after it.
      const upTo = ORDER.slice(0, ORDER.indexOf(action.step) + 1);
      // a new dataset starts its review and export over
      const kept = action.step === 'generate' ? [] : state.done.filter((s) => !upTo.includes(s));
      return { ...state, screen: 'main', done: [...upTo, ...kept], notice: action.notice, datasetId: action.datasetId ?? state.datasetId };
    }
  }
}

const ORDER: Step[] = ['configure', 'generate', 'split', 'export'];

/** The first step not done yet, or 'exit' when the dataset is exported. */
export function nextStep(state: Pick<SessionState, 'done'>): Step | 'exit' {
  return ORDER.find((step) => !state.done.includes(step)) ?? 'exit';
}
