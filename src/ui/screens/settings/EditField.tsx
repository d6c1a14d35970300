// Edits one config.yaml value: a list for enums and booleans, a text field otherwise.
import { Box, Text } from 'ink';
import { Menu } from '../../components/Menu.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { parseFieldInput, type ConfigField, type FieldValue } from './config-fields.js';

export function EditField({ field, onSubmit }: { field: ConfigField; onSubmit: (value: FieldValue) => void }) {
  if (field.choices) {
    return (
      <Box flexDirection="column">
        <Text>{field.key}:</Text>
        <Menu
          items={field.choices.map((choice) => ({ label: choice, value: choice }))}
          initialValue={String(field.value)}
          onSelect={(choice) => onSubmit(parseFieldInput(field, choice))}
        />
      </Box>
    );
  }
  return (
    <TextPrompt
      label={`${field.key}:`}
      initialValue={field.value === undefined ? '' : String(field.value)}
      onSubmit={(text) => onSubmit(parseFieldInput(field, text))}
    />
  );
}
