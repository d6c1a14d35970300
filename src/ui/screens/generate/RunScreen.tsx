// A run from start to outcome: live view while it runs, then the result, the findings, the cost
// question of a paid mode, a cancel, or what went wrong.
import { Box } from 'ink';
import { useEffect, useState } from 'react';
import type { BuildResult } from '../../../core/app/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Screen } from '../../components/Screen.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useRun } from '../../hooks/useRun.js';
import { costQuestion } from '../../../core/app/cost-question.js';
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

const TITLES = { idle: 'Running', running: 'Running', done: 'Done', cancelled: 'Cancelled', failed: 'Failed' } as const;

export function RunScreen({ request, onGenerated, onHome }: Props) {
  const { state: run, start, cancel, answerBudget } = useRun<BuildResult>();
  usePrintFinished(run);
  const [showFindings, setShowFindings] = useState(false);
  useEffect(() => start((controls) => startBuild(request, controls)), [start, request]);
  const finished = run.status === 'done' ? run.result : undefined;
  const estimate = run.status === 'failed' ? costQuestion(run.error) : undefined;
  useEscape(cancel, run.status === 'running');
  useEscape(() => (finished ? onGenerated(finished) : onHome()), run.status !== 'running' && !showFindings);
  const resume = (id: string) => start((controls) => resumeStoredBuild(id, request, controls));

  if (run.status === 'running' || run.status === 'idle') return <RunView run={run} onBudget={answerBudget} />;
  if (finished && showFindings) {
    return (
      <Screen title="Generate dataset › Validation findings">
        <FindingsBrowser dbFile={request.paths.dbFile} datasetId={finished.datasetId} onBack={() => setShowFindings(false)} />
      </Screen>
    );
  }
  return (
    <Screen title={`Generate dataset › ${estimate ? 'Confirm the cost' : TITLES[run.status]}`}>
      {finished && (
        <RunOutcome result={finished} cwd={request.paths.cwd} onChoice={(c) => (c === 'findings' ? setShowFindings(true) : onGenerated(finished))} />
      )}
      {(run.status === 'cancelled' || estimate) && <Interrupted dbFile={request.paths.dbFile} datasetId={run.datasetId} estimate={estimate} onHome={onHome} onResume={resume} />}
      {run.status === 'failed' && !estimate && (
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
