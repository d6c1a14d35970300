// The last Configure step: the output name (config output_name), which names the dataset and its
// folder under output_datasets/ (shown as it will be written, since unsafe characters are replaced).
import { Box, Text } from 'ink';
import { useState } from 'react';
import { outputFolderName } from '../../../core/app/views.js';
import { TextPrompt } from '../../components/TextPrompt.js';

export function OutputNameStep({ initial, onDone }: { initial: string; onDone: (name: string) => void }) {
  const [typed, setTyped] = useState(initial);
  return (
    <Box flexDirection="column">
      <TextPrompt
        label="Output name:"
        initialValue={initial}
        onChange={setTyped}
        validate={(text) => (text ? undefined : 'Type a name, e.g. support_chats.')}
        onSubmit={onDone}
      />
      <Text dimColor>{`Files go to output_datasets/${outputFolderName(typed.trim() || initial)}/ (a taken name gets _2, _3…).`}</Text>
    </Box>
  );
}
