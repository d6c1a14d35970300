// Generate dataset: pick input files (f: another input folder) → (free mode) instructions → run (paid
// modes confirm the estimate).
import { Box, Text } from 'ink';
import path from 'node:path';
import { useCallback, useMemo, useState } from 'react';
import { unfinishedDatasets } from '../../../core/app/datasets.js';
import { promptFileHasInstructions } from '../../../core/app/free-instructions.js';
import { chooseInputFolder, listInputFiles } from '../../../core/app/input-files.js';
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
import { FolderKeys, FolderStep } from './FolderStep.js';
import { ResumeChoice } from './ResumeChoice.js';
import { RunScreen } from './RunScreen.js';

/** 'start' offers to resume a stopped dataset; with none it is the file list itself. */
type StepId = 'start' | 'files' | 'folder' | 'instructions' | 'run';

const NO_PROMPT_FILE = 'Type the instructions: this folder has no prompts/free_mode/prompt.txt to use instead.';

const FILE_HELP = ['↑↓ move', 'Space include/exclude', 'Enter continue', 'a all/none', 'f folder', 'Esc back'];

const TITLES: Record<Exclude<StepId, 'start' | 'run'>, (dir: string) => string> = {
  files: (dir) => `Input files in ${dir}/`,
  folder: () => 'Input folder',
  instructions: () => 'Instructions',
};

export function GenerateFlow() {
  const { workspace, state, dispatch } = useSession();
  const { config } = state;
  const [inputDir, setInputDir] = useState(workspace.paths.inputDir);
  const paths = useMemo(() => ({ ...workspace.paths, inputDir }), [workspace.paths, inputDir]);
  const [folderNote, setFolderNote] = useState<string>();
  const createdNote = (dir: string) => `Created ${path.relative(workspace.paths.cwd, dir) || dir}/ (it was missing): put your documents there.`;
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  const { step: shownStep, push, back } = useSteps<StepId>('start', goHome);
  useEscape(back, shownStep !== 'run');
  const stopped = useAsync(() => unfinishedDatasets(paths.dbFile), [paths.dbFile]);
  const files = useAsync(() => {
    // The default input_files/ is made when missing, so the user knows where to put documents.
    if (inputDir === workspace.paths.inputDir && chooseInputFolder(paths.cwd, inputDir, workspace.paths.inputDir).created) {
      setFolderNote(createdNote(inputDir));
    }
    return listInputFiles(inputDir);
  }, [inputDir]);
  const promptFile = useAsync(() => promptFileHasInstructions(paths.promptsDir, config), [paths.promptsDir, config]);
  const hasPromptFile = promptFile.status === 'ready' && promptFile.value;
  const [resumeId, setResumeId] = useState<string>();
  const [include, setInclude] = useState<string[]>();
  const [instructions, setInstructions] = useState<string>();
  const request = useMemo(() => ({ config, paths, include, instructions }), [config, paths, include, instructions]);

  const afterFiles = (picked: string[] | undefined) => {
    setInclude(picked);
    push(MODE_NEEDS[config.mode].instructions ? 'instructions' : 'run');
  };

  const offersResume = stopped.status === 'ready' && stopped.value.length > 0;
  const step = shownStep === 'start' && !offersResume && stopped.status !== 'loading' ? 'files' : shownStep;
  if (step === 'run') {
    return (
      <RunScreen
        request={request}
        resumeId={resumeId}
        onHome={goHome}
        onGenerated={(result) =>
          dispatch({ type: 'step-done', step: 'generate', datasetId: result.datasetId, notice: `Generated ${result.datasetId}: ${result.samples} samples` })
        }
      />
    );
  }
  const shownDir = path.relative(paths.cwd, inputDir) || inputDir;
  const folderKeys = <FolderKeys onFolder={() => push('folder')} onReload={files.reload} />;
  if (step === 'start') {
    return (
      <Screen title="Generate dataset › Resume or start" help={['↑↓ move', 'Enter select', 'Esc back']}>
        {stopped.status === 'loading' && <Text dimColor>Loading datasets…</Text>}
        {stopped.status === 'ready' && (
          <ResumeChoice
            stopped={stopped.value}
            onNew={() => push('files')}
            onResume={(id) => {
              setResumeId(id);
              push('run');
            }}
          />
        )}
      </Screen>
    );
  }
  return (
    <Screen title={`Generate dataset › ${TITLES[step](shownDir)}`} help={step === 'files' ? FILE_HELP : undefined}>
      {step === 'files' && folderNote ? <Notice tone="info">{folderNote}</Notice> : null}
      {step === 'folder' && (
        <FolderStep
          cwd={paths.cwd}
          current={inputDir}
          defaultDir={workspace.paths.inputDir}
          onDone={({ dir, created }) => {
            setFolderNote(created ? createdNote(dir) : undefined);
            setInputDir(dir);
            if (dir === inputDir) files.reload();
            back();
          }}
        />
      )}
      {step === 'files' && files.status === 'loading' && <Text dimColor>Looking for files…</Text>}
      {step === 'files' && files.status === 'failed' && (
        <Box flexDirection="column">
          <ErrorMessage error={files.error} />
          {folderKeys}
        </Box>
      )}
      {step === 'files' && files.status === 'ready' && files.value.length === 0 && (
        <Box flexDirection="column">
          <Notice tone="warning">{`No input files in ${shownDir}/.`}</Notice>
          <Text dimColor>Put PDF, DOCX, XLSX, PPTX, CSV, TXT/Markdown or JSON(L) files there.</Text>
          {folderKeys}
        </Box>
      )}
      {step === 'files' && files.status === 'ready' && files.value.length > 0 && <FilePicker key={inputDir} files={files.value} onDone={afterFiles} onFolder={() => push('folder')} />}
      {step === 'instructions' && (
        <TextPrompt
          label="Instructions:"
          initialValue=""
          placeholder={hasPromptFile ? 'empty = use prompts/free_mode/prompt.txt' : 'what the agent should write'}
          validate={(text) => (text.trim() || hasPromptFile ? undefined : NO_PROMPT_FILE)}
          onSubmit={(text) => {
            setInstructions(text || undefined);
            push('run');
          }}
        />
      )}
    </Screen>
  );
}
