// Remembered choices (last target, model, mode...) in the user's config folder via `conf`.
import type { GenerationMode } from '../choices.js';

export interface Preferences {
  provider?: string;
  model?: string;
  mode?: GenerationMode;
  datasetSize?: number;
  agentProvider?: string;
  agentModel?: string;
}

type Store = { get(key: 'prefs'): Preferences | undefined; set(key: 'prefs', value: Preferences): void };

let store: Store | undefined;

async function openStore(): Promise<Store | undefined> {
  if (store) return store;
  try {
    const { default: Conf } = await import('conf');
    // FTDB_PREFS_DIR lets tests and sandboxes keep preferences out of the user's home.
    const cwd = process.env.FTDB_PREFS_DIR;
    store = new Conf<{ prefs: Preferences }>({ projectName: 'ftdb', clearInvalidConfig: true, ...(cwd ? { cwd } : {}) }) as unknown as Store;
    return store;
  } catch {
    return undefined; // an unwritable home folder must not stop the app: preferences are a convenience
  }
}

export async function readPreferences(): Promise<Preferences> {
  return (await openStore())?.get('prefs') ?? {};
}

export async function savePreferences(update: Preferences): Promise<void> {
  const s = await openStore();
  if (!s) return;
  try {
    s.set('prefs', { ...(s.get('prefs') ?? {}), ...update });
  } catch {
    // same reason as above
  }
}
