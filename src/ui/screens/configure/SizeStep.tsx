// Step 4: the dataset size, checked against the target's limits (capped with an explanation).
import { Box, Text } from 'ink';
import { resolveTarget } from '../../../core/targets/registry.js';
import { capDatasetSize } from '../../../core/targets/validate.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { TextPrompt } from '../../components/TextPrompt.js';

interface Props {
  provider: string;
  model: string;
  initial: number;
  /** message is set when the target's limits changed or questioned the number. */
  onDone: (size: number, message?: string) => void;
}

export function parseSize(text: string): number | undefined {
  if (!/^\d[\d_,]*$/.test(text)) return undefined;
  const n = Number(text.replace(/[_,]/g, ''));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function SizeStep({ provider, model, initial, onDone }: Props) {
  const submit = (text: string) => {
    const result = capDatasetSize(resolveTarget(provider, model), parseSize(text)!);
    onDone(result.size, result.message);
  };
  return (
    <Box flexDirection="column">
      <TextPrompt
        label="How many samples?"
        initialValue={String(initial)}
        validate={(text) => (parseSize(text) === undefined ? 'Type a whole number above 0, e.g. 100.' : undefined)}
        onSubmit={submit}
      />
      <Text dimColor>Identify mode keeps what the documents hold, up to this number.</Text>
    </Box>
  );
}

export function SizeNotice({ size, message, onDone }: { size: number; message: string; onDone: () => void }) {
  return (
    <Box flexDirection="column">
      <Notice tone="warning">{message}</Notice>
      <Box marginTop={1}>
        <Menu items={[{ label: `Continue with ${size} samples`, value: 'ok' }]} onSelect={onDone} />
      </Box>
    </Box>
  );
}
