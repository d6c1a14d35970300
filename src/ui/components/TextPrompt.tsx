// A one-line text question with a preselected default: Enter accepts, the value is checked before submit.
import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import { useTextEntry } from '../session/keyboard.js';
import { color } from '../theme.js';

interface Props {
  label: string;
  initialValue: string;
  /** Returns an error message, or undefined when the value is fine. */
  validate?: (value: string) => string | undefined;
  onSubmit: (value: string) => void;
  placeholder?: string;
}

export function TextPrompt({ label, initialValue, validate, onSubmit, placeholder }: Props) {
  useTextEntry();
  const [value, setValue] = useState(initialValue);
  const [problem, setProblem] = useState<string>();
  const submit = (text: string) => {
    const error = validate?.(text.trim());
    setProblem(error);
    if (!error) onSubmit(text.trim());
  };
  return (
    <Box flexDirection="column">
      <Box>
        <Text>{label} </Text>
        <TextInput
          value={value}
          placeholder={placeholder}
          onChange={(text) => {
            setValue(text);
            setProblem(undefined);
          }}
          onSubmit={submit}
        />
      </Box>
      {problem ? <Text color={color.error}>✗ {problem}</Text> : null}
    </Box>
  );
}
