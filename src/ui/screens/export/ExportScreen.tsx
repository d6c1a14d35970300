// Export: write the dataset's JSONL and/or Parquet (train/validation), CSV metadata, stats and card, and show the paths.
import { Box, Text } from 'ink';
import path from 'node:path';
import { useCallback, useState } from 'react';
import { savedDataset } from '../../../core/app/datasets.js';
import { exportSaved } from '../../../core/app/export.js';
import { exportWarning } from '../../../core/app/export-warning.js';
import type { ExportFiles } from '../../../core/app/types.js';
import { parseFormats } from '../../../core/app/views.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { Screen } from '../../components/Screen.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useExitReport } from '../../session/exit-report.js';
import { useSession } from '../../session/SessionContext.js';
import { DatasetPicker } from '../common/DatasetPicker.js';
import { ExportAsTarget } from './ExportAsTarget.js';

type Outcome = { files: ExportFiles } | { error: unknown };

export function ExportScreen() {
  const { workspace, state, dispatch } = useSession();
  const { paths } = workspace;
  const [datasetId, setDatasetId] = useState(state.datasetId);
  const [picking, setPicking] = useState(!state.datasetId);
  const [outcome, setOutcome] = useState<Outcome>();
  const exitReport = useExitReport();
  const [asTarget, setAsTarget] = useState(false);
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  const finish = () => dispatch({ type: 'step-done', step: 'export', datasetId, notice: `Exported ${datasetId} to ${path.relative(paths.cwd, paths.outputDir) || '.'}/` });
  useEscape(() => (outcome && 'files' in outcome ? finish() : picking && datasetId && state.datasetId ? setPicking(false) : goHome()), !asTarget);

  const runExport = (id: string) => {
    try {
      const { files } = exportSaved({ dbFile: paths.dbFile, idOrName: id, outDir: paths.outputDir, config: state.config });
      exitReport.wrote(paths, id, files, 'exported');
      setOutcome({ files });
    } catch (error) {
      setOutcome({ error });
    }
  };

  const body = () => {
    if (outcome && 'error' in outcome) return <ErrorMessage error={outcome.error} />;
    if (outcome) {
      return (
        <Box flexDirection="column">
          <Notice tone="success">{`Exported ${datasetId}:`}</Notice>
          {Object.entries(outcome.files).map(([kind, file]) => (
            <Text key={kind}>
              {`  ${kind.padEnd(11)}`}
              <Text color="green">{path.relative(paths.cwd, file as string)}</Text>
            </Text>
          ))}
          <Box marginTop={1}>
            <Menu items={[{ label: 'Back to the main menu', value: 'home' }]} onSelect={finish} />
          </Box>
        </Box>
      );
    }
    if (picking || !datasetId) return <DatasetPicker dbFile={paths.dbFile} initial={datasetId} onPick={(id) => (setDatasetId(id), setPicking(false))} />;
    if (asTarget) return <AsTarget dbFile={paths.dbFile} datasetId={datasetId} outDir={paths.outputDir} cwd={paths.cwd} onBack={() => setAsTarget(false)} />;
    return (
      <ExportChoice
        dbFile={paths.dbFile}
        datasetId={datasetId}
        into={path.relative(paths.cwd, paths.outputDir) || '.'}
        onExport={runExport}
        onPick={() => setPicking(true)}
        onOtherTarget={() => setAsTarget(true)}
      />
    );
  };
  return <Screen title="Export">{body()}</Screen>;
}

interface ChoiceProps {
  dbFile: string;
  datasetId: string;
  into: string;
  onExport: (id: string) => void;
  onPick: () => void;
  onOtherTarget: () => void;
}

/** Export or pick another; an empty, unfinished or unvalidated dataset is named as such and asked about. */
function ExportChoice({ dbFile, datasetId, into, onExport, onPick, onOtherTarget }: ChoiceProps) {
  const { output } = useSession().state.config;
  const dataset = useAsync(() => savedDataset(dbFile, datasetId), [dbFile, datasetId]);
  if (dataset.status === 'loading') return <Text dimColor>Loading dataset…</Text>;
  if (dataset.status === 'failed') return <ErrorMessage error={dataset.error} />;
  const found = exportWarning(dataset.value);
  const warning = found && `${found.message}${found.resumable ? ' Resume it in Generate dataset first.' : ''}`;
  const formats = (parseFormats(output.format) ?? ['jsonl']).map((f) => (f === 'jsonl' ? 'JSONL' : 'Parquet'));
  const parts = [...formats, ...(output.include_csv ? ['CSV metadata'] : []), ...(output.include_stats ? ['stats'] : [])];
  return (
    <Box flexDirection="column">
      {warning ? <Notice tone="warning">{warning}</Notice> : null}
      <Menu
        items={[
          { label: `Export ${datasetId}${warning ? ' anyway' : ''} (${parts.join(' + ')})`, value: 'export', description: `Into ${into}/NAME/` },
          { label: 'Pick another dataset', value: 'pick' },
          { label: "In another target's format…", value: 'other', description: "JSONL for another provider or model, checked against that target's rules first." },
        ]}
        initialValue={warning ? 'pick' : 'export'}
        onSelect={(choice) => (choice === 'export' ? onExport(datasetId) : choice === 'other' ? onOtherTarget() : onPick())}
      />
    </Box>
  );
}

/** The dataset's own target first (loaded), then ExportAsTarget. */
function AsTarget({ dbFile, datasetId, outDir, cwd, onBack }: { dbFile: string; datasetId: string; outDir: string; cwd: string; onBack: () => void }) {
  const dataset = useAsync(() => savedDataset(dbFile, datasetId), [dbFile, datasetId]);
  if (dataset.status === 'loading') return <Text dimColor>Loading dataset…</Text>;
  if (dataset.status === 'failed') return <ErrorMessage error={dataset.error} />;
  return <ExportAsTarget dbFile={dbFile} dataset={dataset.value} outDir={outDir} cwd={cwd} onBack={onBack} />;
}
