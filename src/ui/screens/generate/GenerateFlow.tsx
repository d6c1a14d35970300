// Generate dataset: pick input files → (free mode) instructions → run (paid modes confirm the estimate).
import { Box, Text } from 'ink';
import path from 'node:path';
import { useCallback, useMemo, useState } from 'react';
import { listInputFiles } from '../../../core/app/input-files.js';
import { MODE_NEEDS } from '../../../core/choices.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Notice } from '../../components/Notice.js';
import { Screen } from '../../components/Screen.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useSteps } from '../../hooks/useSteps.js';
import { useSession } from '../../session/SessionContext.js';
import { FilePicker } from './FilePicker.js';
import { RunScreen } from './RunScreen.js';

type StepId = 'files' | 'instructions' | 'run';

const FILE_HELP = ['↑↓ move', 'Space include/exclude', 'a all/none', 'Enter continue', 'Esc back'];

export function GenerateFlow() {
  const { workspace, state, dispatch } = useSession();
  const { config } = state;
  const paths = workspace.paths;
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  const { step, push, back } = useSteps<StepId>('files', goHome);
  useEscape(back, step !== 'run');
  const files = useAsync(() => listInputFiles(paths.inputDir), [paths.inputDir]);
  const [include, setInclude] = useState<string[]>();
  const [instructions, setInstructions] = useState<string>();
  const request = useMemo(() => ({ config, paths, include, instructions }), [config, paths, include, instructions]);

  const afterFiles = (picked: string[] | undefined) => {
    setInclude(picked);
    push(MODE_NEEDS[config.mode].instructions ? 'instructions' : 'run');
  };

  if (step === 'run') {
    return (
      <RunScreen
        request={request}
        onHome={goHome}
        onGenerated={(result) =>
          dispatch({ type: 'step-done', step: 'generate', datasetId: result.datasetId, notice: `Generated ${result.datasetId}: ${result.samples} samples` })
        }
      />
    );
  }
  const inputDir = path.relative(paths.cwd, paths.inputDir) || paths.inputDir;
  return (
    <Screen title={`Generate dataset › ${step === 'files' ? `Input files in ${inputDir}/` : 'Instructions'}`} help={step === 'files' ? FILE_HELP : undefined}>
      {step === 'files' && files.status === 'loading' && <Text dimColor>Looking for files…</Text>}
      {step === 'files' && files.status === 'failed' && <ErrorMessage error={files.error} />}
      {step === 'files' && files.status === 'ready' && files.value.length === 0 && (
        <Box flexDirection="column">
          <Notice tone="warning">{`No input files in ${inputDir}/.`}</Notice>
          <Text dimColor>Put PDF, DOCX, XLSX, PPTX, CSV, TXT/Markdown or JSON(L) files there, then come back (Esc).</Text>
        </Box>
      )}
      {step === 'files' && files.status === 'ready' && files.value.length > 0 && <FilePicker files={files.value} onDone={afterFiles} />}
      {step === 'instructions' && (
        <TextPrompt
          label="Instructions:"
          initialValue=""
          placeholder="empty = use prompts/free_mode/prompt.txt"
          onSubmit={(text) => {
            setInstructions(text || undefined);
            push('run');
          }}
        />
      )}
    </Screen>
  );
}
