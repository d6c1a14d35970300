// The interactive app: loads the workspace, then routes between the main menu and the flows.
import { useApp, useInput } from 'ink';
import { useEffect, useState } from 'react';
import type { Workspace } from '../core/config/workspace.js';
import { ErrorMessage } from './components/ErrorMessage.js';
import { Screen } from './components/Screen.js';
import { KeyboardProvider, useKeyboard } from './session/keyboard.js';
import { HelpProvider } from './session/help.js';
import { ExitReportProvider, newExitReport, type ExitReport } from './session/exit-report.js';
import { SessionProvider } from './session/SessionContext.js';
import { Router } from './Router.js';
import { MainMenu, type MainChoice } from './screens/MainMenu.js';

type Loaded = { status: 'loading' } | { status: 'ready'; workspace: Workspace } | { status: 'failed'; error: unknown };

/**
 * Config, .env and preferences are read after the first frame, so the menu shows at once. The
 * folder's config.yaml is the one source of settings; preferences only fill in a folder without one.
 */
function useWorkspace(cwd: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const [{ openWorkspace }, { readPreferences }, { folderSettings }] = await Promise.all([
        import('../core/config/workspace.js'),
        import('../core/config/preferences.js'),
        import('../core/app/folder-settings.js'),
      ]);
      const workspace = openWorkspace({}, {}, cwd);
      setLoaded({ status: 'ready', workspace: { ...workspace, config: folderSettings(workspace, await readPreferences()) } });
    })().catch((error: unknown) => setLoaded({ status: 'failed', error }));
  }, [cwd]);
  return loaded;
}

/** Ends the app through Ink's exit() so that runInteractive exits 130, as a program stopped by Ctrl-C does. */
export class CtrlC extends Error {}

/**
 * q quits (unless a field is being typed in); Ctrl-C quits from anywhere. While a run holds the quit
 * guard, both first go to it (it cancels the run, keeping what was accepted) instead of quitting.
 */
function QuitKey() {
  const { exit } = useApp();
  const keyboard = useKeyboard();
  useInput((input, key) => {
    const ctrlC = key.ctrl && input === 'c';
    if (!ctrlC && (input !== 'q' || keyboard.isTyping())) return;
    if (keyboard.quitGuard()?.()) return;
    if (ctrlC) exit(new CtrlC('Interrupted'));
    else exit();
  });
  return null;
}

export function App({ cwd, exitReport }: { cwd: string; exitReport?: ExitReport }) {
  const [report] = useState(() => exitReport ?? newExitReport());
  const loaded = useWorkspace(cwd);
  // a choice made in the few milliseconds before the configuration is read is kept, not dropped
  const [early, setEarly] = useState<MainChoice>();
  return (
    <KeyboardProvider>
      <HelpProvider>
        <ExitReportProvider value={report}>
          <QuitKey />
          {loaded.status === 'loading' && <MainMenu onSelect={(choice) => setEarly((first) => first ?? choice)} />}
          {loaded.status === 'failed' && (
            <Screen title="Cannot start" help={['q quit']}>
              <ErrorMessage error={loaded.error} />
            </Screen>
          )}
          {loaded.status === 'ready' && (
            <SessionProvider workspace={loaded.workspace} screen={early === 'exit' ? undefined : early}>
              <Router exitNow={early === 'exit'} />
            </SessionProvider>
          )}
        </ExitReportProvider>
      </HelpProvider>
    </KeyboardProvider>
  );
}
