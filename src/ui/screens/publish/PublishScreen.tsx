// Publish: put a saved dataset (data files, Parquet, card) on the Hugging Face Hub. The work is the app's
// publishSaved; this screen only asks for the dataset, the repository name and the visibility.
import { Box, Text } from 'ink';
import { useCallback, useState } from 'react';
import { getErrorMessage } from '../../../core/errors.js';
import { publishSaved, requireRepoId, type PublishResult } from '../../../core/app/publish.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { Screen } from '../../components/Screen.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useSession } from '../../session/SessionContext.js';
import { DatasetPicker } from '../common/DatasetPicker.js';

type Stage =
  | { kind: 'pick' }
  | { kind: 'repo'; datasetId: string }
  | { kind: 'visibility'; datasetId: string; repo: string }
  | { kind: 'running'; repo: string }
  | { kind: 'done'; result: PublishResult }
  | { kind: 'failed'; error: unknown };

function repoProblem(value: string): string | undefined {
  try {
    requireRepoId(value);
    return undefined;
  } catch (error) {
    return getErrorMessage(error);
  }
}

export function PublishScreen() {
  const { workspace, state, dispatch } = useSession();
  const [stage, setStage] = useState<Stage>(state.datasetId ? { kind: 'repo', datasetId: state.datasetId } : { kind: 'pick' });
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  const finish = (result: PublishResult) => dispatch({ type: 'home', notice: `Published ${result.datasetId} to ${result.url}` });
  useEscape(() => (stage.kind === 'done' ? finish(stage.result) : stage.kind === 'running' ? undefined : goHome()));

  const run = (datasetId: string, repo: string, isPrivate: boolean) => {
    setStage({ kind: 'running', repo });
    publishSaved({ paths: workspace.paths, config: state.config }, { dataset: datasetId, repo, private: isPrivate }).then(
      (result) => setStage({ kind: 'done', result }),
      (error: unknown) => setStage({ kind: 'failed', error }),
    );
  };

  const body = () => {
    switch (stage.kind) {
      case 'pick':
        return <DatasetPicker dbFile={workspace.paths.dbFile} onPick={(datasetId) => setStage({ kind: 'repo', datasetId })} />;
      case 'repo':
        return (
          <Box flexDirection="column">
            <Text dimColor>{`Dataset ${stage.datasetId}; HF_TOKEN (a write token) comes from the environment or .env.`}</Text>
            <TextPrompt label="Hub dataset repository (OWNER/NAME):" initialValue="" placeholder="your-name/my-dataset" validate={repoProblem} onSubmit={(repo) => setStage({ kind: 'visibility', datasetId: stage.datasetId, repo })} />
          </Box>
        );
      case 'visibility':
        return (
          <Menu
            items={[
              { label: `Publish to ${stage.repo} as public`, value: 'public', description: 'Anyone can see and download it.' },
              { label: `Publish to ${stage.repo} as private`, value: 'private', description: 'Only you (or your organization) can see it. An existing repo keeps its visibility.' },
            ]}
            onSelect={(choice) => run(stage.datasetId, stage.repo, choice === 'private')}
          />
        );
      case 'running':
        return <Text>{`Publishing to ${stage.repo}…`}</Text>;
      case 'done':
        return (
          <Box flexDirection="column">
            <Notice tone="success">{`${stage.result.created ? 'Created' : 'Updated'} ${stage.result.repoId}: ${stage.result.uploaded.join(', ')}`}</Notice>
            <Text color="green">{stage.result.url}</Text>
            <Box marginTop={1}>
              <Menu items={[{ label: 'Back to the main menu', value: 'home' }]} onSelect={() => finish(stage.result)} />
            </Box>
          </Box>
        );
      default:
        return <ErrorMessage error={stage.error} />;
    }
  };
  return <Screen title="Publish to the Hugging Face Hub">{body()}</Screen>;
}
