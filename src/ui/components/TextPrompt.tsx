// A one-line text question with a preselected default: Enter accepts, the value is checked before submit.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { withoutControlCharacters } from '../../core/app/views.js';
import { useTextEntry } from '../session/keyboard.js';
import { color } from '../theme.js';
import { LineInput } from './LineInput.js';

interface Props {
  label: string;
  initialValue: string;
  /** Returns an error message, or undefined when the value is fine. */
  validate?: (value: string) => string | undefined;
  onSubmit: (value: string) => void;
  /** Each change as typed (before the check and the trim Enter applies). */
  onChange?: (value: string) => void;
  placeholder?: string;
}

export function TextPrompt({ label, initialValue, validate, onSubmit, onChange, placeholder }: Props) {
  useTextEntry();
  const [problem, setProblem] = useState<string>();
  const submit = (typed: string) => {
    // The field never lets a control character in; a value it starts from (config.yaml) may have one.
    const text = withoutControlCharacters(typed, true).trim();
    const error = validate?.(text);
    setProblem(error);
    if (!error) onSubmit(text);
  };
  return (
    <Box flexDirection="column">
      <Box>
        <Text>{label} </Text>
        <LineInput initialValue={initialValue} placeholder={placeholder} onChange={(value) => (setProblem(undefined), onChange?.(value))} onSubmit={submit} />
      </Box>
      {problem ? <Text color={color.error}>✗ {problem}</Text> : null}
    </Box>
  );
}
