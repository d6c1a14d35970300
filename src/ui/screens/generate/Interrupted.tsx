// A run that stopped before the end: a cancel (resume now or later), or a paid run waiting for the
// user to accept its cost estimate.
import { Box, Text } from 'ink';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { keptSamples } from '../../../core/app/datasets.js';
import { useAsync } from '../../hooks/useAsync.js';

interface Props {
  dbFile: string;
  /** The dataset the stopped run wrote to; undefined when it stopped before creating one. */
  datasetId?: string;
  /** The pipeline's cost estimate when the run waits for a confirmation; undefined after a cancel. */
  estimate?: string;
  /** Offer to start the run through the provider's batch API (the agent provider has one). */
  batchChoice?: boolean;
  onResume: (datasetId: string, options?: { batch: boolean }) => void;
  onHome: () => void;
}

export function Interrupted({ dbFile, datasetId, estimate, batchChoice, onResume, onHome }: Props) {
  const latest = useAsync(async () => (datasetId ? { id: datasetId, kept: keptSamples(dbFile, datasetId) } : undefined), [dbFile, datasetId]);
  if (latest.status === 'loading') return <Text dimColor>Checking what was kept…</Text>;
  if (latest.status === 'failed') return <ErrorMessage error={latest.error} />;
  const found = latest.value;
  const note = estimate
    ? `Estimate: ${estimate}.`
    : found
      ? `Cancelled. ${found.kept} sample(s) kept in ${found.id}; Generate dataset › Resume continues it later, also after a restart.`
      : 'Cancelled.';
  return (
    <Box flexDirection="column">
      <Notice tone={estimate ? 'info' : 'warning'}>{note}</Notice>
      <Box marginTop={1}>
        <Menu
          items={[
            ...(found ? [{ label: estimate ? 'Start the run' : 'Resume now', value: 'resume' }] : []),
            ...(found && estimate && batchChoice
              ? [{ label: 'Start as a batch run', value: 'batch', description: "Half the price through the provider's batch API; results within 24 h (check with Resume)." }]
              : []),
            { label: estimate ? 'Cancel (nothing is spent)' : 'Back to the main menu', value: 'home' },
          ]}
          onSelect={(choice) => (choice !== 'home' && found ? onResume(found.id, { batch: choice === 'batch' }) : onHome())}
        />
      </Box>
    </Box>
  );
}
