// A run from start to outcome: live view while it runs, then the result, findings, or what went wrong.
import { Box } from 'ink';
import { useEffect, useState } from 'react';
import type { BuildResult } from '../../../core/pipeline/events.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Screen } from '../../components/Screen.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useRun } from '../../hooks/useRun.js';
import { FindingsBrowser } from './FindingsBrowser.js';
import { Interrupted } from './Interrupted.js';
import { RunOutcome } from './RunOutcome.js';
import { RunView, usePrintFinished } from './RunView.js';
import { resumeStoredBuild, startBuild, type MenuBuildRequest } from './start-build.js';

interface Props {
  request: MenuBuildRequest;
  onGenerated: (result: BuildResult) => void;
  onHome: () => void;
}

export function RunScreen({ request, onGenerated, onHome }: Props) {
  const { state: run, start, cancel, answerBudget } = useRun<BuildResult>();
  usePrintFinished(run);
  const [showFindings, setShowFindings] = useState(false);
  useEffect(() => start((controls) => startBuild(request, controls)), [start, request]);
  const finished = run.status === 'done' && run.result ? run.result : undefined;
  useEscape(cancel, run.status === 'running');
  useEscape(() => (finished ? onGenerated(finished) : onHome()), run.status !== 'running' && !showFindings);

  if (run.status === 'running' || run.status === 'idle') {
    return <RunView run={run} maxCost={request.config.system.max_cost} onBudget={answerBudget} />;
  }
  if (finished && showFindings) {
    return (
      <Screen title="Generate dataset › Validation findings">
        <FindingsBrowser dbFile={request.paths.dbFile} datasetId={finished.datasetId} onBack={() => setShowFindings(false)} />
      </Screen>
    );
  }
  return (
    <Screen title={`Generate dataset › ${run.status === 'done' ? 'Done' : run.status === 'cancelled' ? 'Cancelled' : 'Failed'}`}>
      {finished && (
        <RunOutcome
          result={finished}
          cwd={request.paths.cwd}
          onChoice={(choice) => (choice === 'findings' ? setShowFindings(true) : onGenerated(finished))}
        />
      )}
      {run.status === 'cancelled' && (
        <Interrupted
          dbFile={request.paths.dbFile}
          onHome={onHome}
          onResume={(id) => start((controls) => resumeStoredBuild(id, request, controls))}
        />
      )}
      {run.status === 'failed' && (
        <Box flexDirection="column">
          <ErrorMessage error={run.error} />
          <Box marginTop={1}>
            <Menu items={[{ label: 'Back to the main menu', value: 'home' }]} onSelect={onHome} />
          </Box>
        </Box>
      )}
    </Screen>
  );
}
