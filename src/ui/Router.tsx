// Which screen the session is on. Each flow is its own lazily loaded chunk, so the main menu
// draws before SQLite, the pipeline and the target registry are loaded.
import { Text, useApp } from 'ink';
import { lazy, Suspense, useEffect } from 'react';
import { MainMenu } from './screens/MainMenu.js';
import { useSession } from './session/SessionContext.js';

const LOADERS = {
  configure: () => import('./screens/configure/ConfigureFlow.js').then((m) => ({ default: m.ConfigureFlow })),
  generate: () => import('./screens/generate/GenerateFlow.js').then((m) => ({ default: m.GenerateFlow })),
  split: () => import('./screens/split/SplitFlow.js').then((m) => ({ default: m.SplitFlow })),
  stats: () => import('./screens/stats/StatsFlow.js').then((m) => ({ default: m.StatsFlow })),
  export: () => import('./screens/export/ExportScreen.js').then((m) => ({ default: m.ExportScreen })),
  publish: () => import('./screens/publish/PublishScreen.js').then((m) => ({ default: m.PublishScreen })),
  settings: () => import('./screens/settings/SettingsFlow.js').then((m) => ({ default: m.SettingsFlow })),
  datasets: () => import('./screens/datasets/DatasetsFlow.js').then((m) => ({ default: m.DatasetsFlow })),
};

const FLOWS = {
  configure: lazy(LOADERS.configure),
  generate: lazy(LOADERS.generate),
  split: lazy(LOADERS.split),
  stats: lazy(LOADERS.stats),
  export: lazy(LOADERS.export),
  publish: lazy(LOADERS.publish),
  settings: lazy(LOADERS.settings),
  datasets: lazy(LOADERS.datasets),
};

/** After the menu is up, load the flows in the background so opening one is instant. */
function usePrefetchFlows(): void {
  useEffect(() => {
    const timer = setTimeout(() => Object.values(LOADERS).forEach((load) => void load().catch(() => {})), 50);
    return () => clearTimeout(timer);
  }, []);
}

export function Router({ exitNow = false }: { exitNow?: boolean }) {
  const { state, dispatch } = useSession();
  const { exit } = useApp();
  usePrefetchFlows();
  useEffect(() => {
    if (exitNow) exit();
  }, [exitNow, exit]);
  if (state.screen === 'main') {
    return <MainMenu state={state} onSelect={(choice) => (choice === 'exit' ? exit() : dispatch({ type: 'open', screen: choice }))} />;
  }
  const Flow = FLOWS[state.screen];
  return (
    <Suspense fallback={<Text dimColor>Loading…</Text>}>
      <Flow />
    </Suspense>
  );
}
