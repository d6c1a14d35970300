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
import { useExitReport } from '../../session/exit-report.js';
import { useQuitGuard } from '../../session/keyboard.js';
import { costQuestion } from '../../../core/app/cost-question.js';
import { supportsBatch } from '../../../core/app/batches.js';
import { FindingsBrowser } from './FindingsBrowser.js';
import { Interrupted } from './Interrupted.js';
import { RunOutcome } from './RunOutcome.js';
import { RunView } from './RunView.js';
import { phaseSummary } from './run-summary.js';
import { resumeStoredBuild, startBuild, type MenuBuildRequest } from './start-build.js';

interface Props {
  request: MenuBuildRequest;
  /** Continue this stopped dataset instead of starting a new one. */
  resumeId?: string;
  onGenerated: (result: BuildResult) => void;
  onHome: () => void;
}

const TITLES = { idle: 'Running', running: 'Running', done: 'Done', cancelled: 'Cancelled', failed: 'Failed' } as const;

export function RunScreen({ request, resumeId, onGenerated, onHome }: Props) {
  const { state: run, start, cancel, answerBudget } = useRun<BuildResult>();
  const [showFindings, setShowFindings] = useState(false);
  useEffect(
    () => start((controls) => (resumeId ? resumeStoredBuild(resumeId, request, controls) : startBuild(request, controls))),
    [start, request, resumeId],
  );
  const exitReport = useExitReport();
  const { dbFile, cwd } = request.paths;
  useEffect(() => {
    if (run.datasetId) exitReport.run({ dbFile, cwd }, run.datasetId);
  }, [run.datasetId, dbFile, cwd, exitReport]);
  useEffect(() => {
    if (run.result) exitReport.wrote({ dbFile, cwd }, run.result.datasetId, run.result.files, 'built');
  }, [run.result, dbFile, cwd, exitReport]);
  // q / Ctrl-C during a run cancel it like Esc (what was accepted is kept); pressed again while the
  // cancel finishes its step, they quit (the exit summary says what was kept).
  useQuitGuard(() => {
    if (run.cancelling) return false;
    cancel();
    return true;
  }, run.status === 'running');
  const finished = run.status === 'done' ? run.result : undefined;
  const estimate = run.status === 'failed' ? costQuestion(run.error) : undefined;
  useEscape(cancel, run.status === 'running');
  useEscape(() => (finished ? onGenerated(finished) : onHome()), run.status !== 'running' && !showFindings);
  const resume = (id: string, options?: { batch: boolean }) => start((controls) => resumeStoredBuild(id, request, controls, options?.batch));

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
        <RunOutcome result={finished} summary={phaseSummary(run)} log={run.log} cwd={request.paths.cwd} onChoice={(c) => (c === 'findings' ? setShowFindings(true) : c === 'home' ? onHome() : onGenerated(finished))} />
      )}
      {(run.status === 'cancelled' || estimate) && <Interrupted dbFile={request.paths.dbFile} datasetId={run.datasetId} estimate={estimate} batchChoice={!request.config.system.batch && supportsBatch(request.config.system.agentic_llm)} onHome={onHome} onResume={resume} />}
      {run.status === 'failed' && !estimate && (
        <Box flexDirection="column">
          <ErrorMessage error={run.error} />
          <Box marginTop={1}>
            <Menu
              items={[
                { label: run.datasetId ? `Retry: resume ${run.datasetId}` : 'Try again', value: 'retry', description: 'After fixing the cause (.env is read again). What was accepted is kept.' },
                { label: 'Back to the main menu', value: 'home' },
              ]}
              onSelect={(choice) => (choice === 'home' ? onHome() : run.datasetId ? resume(run.datasetId) : start((controls) => startBuild(request, controls)))}
            />
          </Box>
        </Box>
      )}
    </Screen>
  );
}
