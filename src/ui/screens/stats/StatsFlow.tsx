// View dataset statistics: pick any saved dataset, then its statistics.
import { Text } from 'ink';
import { useCallback, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Screen } from '../../components/Screen.js';
import { datasetStats } from '../../../core/app/datasets.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useSession } from '../../session/SessionContext.js';
import { DatasetPicker } from '../common/DatasetPicker.js';
import { StatsView } from './StatsView.js';

export function StatsFlow() {
  const { workspace, state, dispatch } = useSession();
  const [picked, setPicked] = useState<string>();
  const [last, setLast] = useState(state.datasetId);
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  useEscape(() => (picked ? setPicked(undefined) : goHome()));
  return (
    <Screen
      title={picked ? `Statistics › ${picked}` : 'Statistics'}
      help={picked ? ['←→ page', 'Esc back', 'q quit'] : undefined}
    >
      {picked ? (
        <Stats dbFile={workspace.paths.dbFile} id={picked} />
      ) : (
        <DatasetPicker dbFile={workspace.paths.dbFile} initial={last} onPick={(id) => (setPicked(id), setLast(id))} />
      )}
    </Screen>
  );
}

function Stats({ dbFile, id }: { dbFile: string; id: string }) {
  const stats = useAsync(() => datasetStats(dbFile, id), [dbFile, id]);
  if (stats.status === 'loading') return <Text dimColor>Computing statistics…</Text>;
  if (stats.status === 'failed') return <ErrorMessage error={stats.error} />;
  return <StatsView stats={stats.value} />;
}
