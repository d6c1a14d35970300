// A cancelled run: what was kept, and resume now or later.
import { Box, Text } from 'ink';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { datasetSamples, savedDatasets } from '../../data/queries.js';
import { useAsync } from '../../hooks/useAsync.js';

export function Interrupted({ dbFile, onResume, onHome }: { dbFile: string; onResume: (id: string) => void; onHome: () => void }) {
  const latest = useAsync(() => {
    const dataset = savedDatasets(dbFile).find((d) => d.status === 'cancelled' || d.status === 'running');
    return dataset ? { id: dataset.id, kept: datasetSamples(dbFile, dataset.id).length } : undefined;
  }, [dbFile]);
  if (latest.status === 'loading') return <Text dimColor>Checking what was kept…</Text>;
  if (latest.status === 'failed') return <ErrorMessage error={latest.error} />;
  const found = latest.value;
  return (
    <Box flexDirection="column">
      <Notice tone="warning">
        {found ? `Cancelled. ${found.kept} sample(s) kept in ${found.id}; \`ftdb resume ${found.id}\` continues later.` : 'Cancelled.'}
      </Notice>
      <Box marginTop={1}>
        <Menu
          items={[
            ...(found ? [{ label: 'Resume now', value: 'resume' }] : []),
            { label: 'Back to the main menu', value: 'home' },
          ]}
          onSelect={(choice) => (choice === 'resume' && found ? onResume(found.id) : onHome())}
        />
      </Box>
    </Box>
  );
}
