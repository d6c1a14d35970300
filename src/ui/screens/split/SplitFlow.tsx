// Split and review: whether to split (seeing the distribution) → ratio → strategy (and seed) → the result per
// side → browse, search, edit, move or exclude samples, or split again.
import { Text } from 'ink';
import { useCallback, useState } from 'react';
import { datasetStats } from '../../../core/app/datasets.js';
import { resplitSaved, splitBase } from '../../../core/app/resplit.js';
import type { DatasetStats, PipelineEvent, SplitSettings } from '../../../core/app/types.js';
import { describeSplit } from '../../../core/app/views.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Screen } from '../../components/Screen.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useSteps } from '../../hooks/useSteps.js';
import { useExitReport } from '../../session/exit-report.js';
import { useSession } from '../../session/SessionContext.js';
import { DatasetPicker } from '../common/DatasetPicker.js';
import { AskSplit } from './AskSplit.js';
import { BROWSE_HELP, SampleBrowser } from './SampleBrowser.js';
import { CustomRatioStep, RatioStep, SeedStep, StrategyStep } from './SplitOptions.js';
import { SplitResult } from './SplitResult.js';

type StepId = 'pick' | 'ask' | 'ratio' | 'custom' | 'strategy' | 'seed' | 'result' | 'browse';
type Applied = { status: 'running'; progress?: string } | { status: 'done'; stats: DatasetStats } | { status: 'failed'; error: unknown };

export function SplitFlow() {
  const { workspace, state, dispatch } = useSession();
  const { dbFile, outputDir } = workspace.paths;
  const { config } = state;
  const [datasetId, setDatasetId] = useState(state.datasetId);
  // a move or exclusion in the browser since the last split: the exported files no longer match
  const [stale, setStale] = useState(false);
  const goHome = useCallback(
    () => dispatch({ type: 'home', notice: stale ? `Samples of ${datasetId} were moved, excluded or edited: Export again to update the files.` : undefined }),
    [dispatch, stale, datasetId],
  );
  const { step, push, back } = useSteps<StepId>(datasetId ? 'ask' : 'pick', goHome);
  useEscape(back, step !== 'browse');
  const [chosen, setChosen] = useState<SplitSettings>();
  const exitReport = useExitReport();
  const where = { dbFile, cwd: workspace.paths.cwd };
  const [applied, setApplied] = useState<Applied>();

  const current = useAsync(() => {
    if (!datasetId) return undefined;
    return { stats: datasetStats(dbFile, datasetId), base: splitBase(dbFile, datasetId, config) };
  }, [datasetId, dbFile, applied?.status]);

  const apply = (settings: SplitSettings) => {
    setChosen(settings);
    setStale(false); // a split writes the files again
    setApplied({ status: 'running' });
    push('result');
    // The split runs in slices (core/steps.ts): the menu keeps rendering and shows how far it is.
    const onProgress = (event: PipelineEvent) => {
      if (event.type === 'stage') setApplied((now) => (now?.status === 'running' ? { status: 'running', progress: event.message } : now));
    };
    resplitSaved({ dbFile, idOrName: datasetId!, split: settings, outDir: outputDir, config }, { onProgress }).then(
      (result) => {
        exitReport.wrote(where, result.datasetId, result.files, 'exported');
        setApplied({ status: 'done', stats: datasetStats(dbFile, datasetId!) });
      },
      (error: unknown) => setApplied({ status: 'failed', error }),
    );
  };
  const refreshResult = () => setApplied({ status: 'done', stats: datasetStats(dbFile, datasetId!) });

  const body = () => {
    if (step === 'pick') return <DatasetPicker dbFile={dbFile} initial={datasetId} onPick={(id) => (setDatasetId(id), setChosen(undefined), push('ask'))} />;
    if (current.status === 'failed') return <ErrorMessage error={current.error} />;
    if (current.status === 'loading' || !current.value) return <Text dimColor>Loading…</Text>;
    const draft = chosen ?? current.value.base;
    switch (step) {
      case 'ask':
        return (
          <AskSplit
            stats={current.value.stats}
            now={current.value.base}
            initial={draft.enabled}
            canBrowse={current.value.stats.counts.total > 0}
            onChoice={(c) => (c === 'yes' ? push('ratio') : c === 'no' ? apply({ ...draft, enabled: false }) : push(c))}
          />
        );
      case 'ratio':
        return <RatioStep initial={draft.ratio} onDone={(ratio) => (setChosen({ ...draft, ratio }), push('strategy'))} onCustom={() => push('custom')} />;
      case 'custom':
        return <CustomRatioStep initial={draft.ratio} onDone={(ratio) => (setChosen({ ...draft, ratio }), push('strategy'))} />;
      case 'strategy':
        return <StrategyStep initial={draft} onDone={(s) => apply({ ...draft, ...s, enabled: true })} onSeed={() => push('seed')} />;
      case 'seed':
        return <SeedStep initial={draft.seed} onDone={(seed) => (setChosen({ ...draft, seed }), back())} />;
      case 'result':
        if (!applied || applied.status === 'running') return <Text dimColor>{applied?.progress ?? 'Splitting and writing the files'}…</Text>;
        if (applied.status === 'failed') return <ErrorMessage error={applied.error} />;
        return (
          <SplitResult
            stats={applied.stats}
            summary={`${applied.stats.dataset_id}: ${describeSplit(draft)}`}
            stale={stale}
            onChoice={(c) =>
              c === 'done'
                ? dispatch({ type: 'step-done', step: 'split', datasetId, notice: `Split ${applied.stats.dataset_id}: ${describeSplit(draft)}` })
                : push(c === 'browse' ? 'browse' : 'ask')
            }
          />
        );
      case 'browse':
        return (
          <SampleBrowser
            dbFile={dbFile}
            datasetId={datasetId!}
            onBack={(changed) => {
              if (changed) setStale(true);
              if (changed) exitReport.edited(where, datasetId!);
              if (applied?.status === 'done') refreshResult();
              back();
            }}
          />
        );
    }
  };
  return (
    <Screen title={`Split and review${datasetId ? ` › ${datasetId}` : ''}`} help={step === 'browse' ? BROWSE_HELP : undefined}>
      {body()}
    </Screen>
  );
}
