// Choosing the input folder: the folders of the workspace to pick (the one in use first), or a path
// typed in a burst-safe field; a missing default input_files/ is created (core/app/input-files).
import path from 'node:path';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { chooseInputFolder, inputFolderChoices } from '../../../core/app/input-files.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { describeError } from '../../errors.js';
import { useKeys } from '../../hooks/useKeys.js';

const TYPE = '\u0000type';

interface Props {
  cwd: string;
  current: string;
  defaultDir: string;
  onDone: (chosen: { dir: string; created: boolean }) => void;
}

export function FolderStep({ cwd, current, defaultDir, onDone }: Props) {
  const [typing, setTyping] = useState(false);
  const [problem, setProblem] = useState<string>();
  const rel = (dir: string) => path.relative(cwd, dir) || '.';
  const choose = (typed: string) => {
    try {
      onDone(chooseInputFolder(cwd, typed, defaultDir));
    } catch (error) {
      const shown = describeError(error);
      setProblem(`${shown.message}${shown.hint ? ` ${shown.hint}` : ''}`);
    }
  };
  const folders = inputFolderChoices(cwd);
  const items: MenuItem<string>[] = [
    ...[rel(current), ...folders.filter((name) => name !== rel(current))].map((name) => ({
      label: `${name}/`,
      value: name,
      tag: name === rel(current) ? 'in use' : undefined,
    })),
    { label: 'Type a path…', value: TYPE, description: 'A folder relative to this one, or an absolute path.' },
  ];
  return (
    <Box flexDirection="column">
      <Text>Which folder holds the documents?</Text>
      {typing ? (
        <TextPrompt label="Input folder:" initialValue={rel(current)} onSubmit={choose} />
      ) : (
        <Menu items={items} initialValue={rel(current)} onSelect={(value) => (value === TYPE ? setTyping(true) : choose(value))} limit={8} />
      )}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
    </Box>
  );
}

/** f (another folder) and r (read the folder again) where the file list is empty or unreadable. */
export function FolderKeys({ onFolder, onReload }: { onFolder: () => void; onReload: () => void }) {
  useKeys((input) => {
    if (input === 'f') onFolder();
    else if (input === 'r') onReload();
  });
  return <Text dimColor>f: choose another folder · r: look again</Text>;
}
