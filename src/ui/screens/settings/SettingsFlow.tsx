// Settings: edit config.yaml (comments preserved), see which API keys are set, and where data lives.
import { Box } from 'ink';
import path from 'node:path';
import { useCallback, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { Screen } from '../../components/Screen.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useSteps } from '../../hooks/useSteps.js';
import { useSession } from '../../session/SessionContext.js';
import { configFields, type ConfigField, type FieldValue } from './config-fields.js';
import { EditField } from './EditField.js';
import { KeysView, PathsView } from './InfoViews.js';
import { saveField } from './save-field.js';

type StepId = 'menu' | 'fields' | 'edit' | 'keys' | 'paths';

const TITLES: Record<StepId, string> = { menu: '', fields: ' › Configuration', edit: ' › Edit value', keys: ' › API keys', paths: ' › Where data lives' };

export function SettingsFlow() {
  const { workspace, state, dispatch } = useSession();
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  const { step, push, back } = useSteps<StepId>('menu', goHome);
  const [field, setField] = useState<ConfigField>();
  const [message, setMessage] = useState<{ saved: string } | { error: unknown }>();
  useEscape(() => (setMessage(undefined), back()));
  const configName = path.relative(workspace.paths.cwd, workspace.paths.configFile);

  const save = (value: FieldValue) => {
    try {
      const result = saveField(workspace, state.config, field!, value);
      dispatch({ type: 'config', config: result.config });
      setMessage({ saved: `Saved ${result.saved} to ${configName}` });
      back();
    } catch (error) {
      setMessage({ error });
    }
  };

  const fields = configFields(state.config);
  return (
    <Screen title={`Settings${TITLES[step]}`}>
      {step === 'menu' && (
        <Menu
          items={[
            { label: 'Edit configuration', value: 'fields', description: `Change a value; it is written to ${configName} with its comments kept.` },
            { label: 'API keys', value: 'keys', description: 'Which keys are set (never the keys themselves).' },
            { label: 'Where data lives', value: 'paths', description: 'Config, input, exports, database, prompts.' },
          ]}
          onSelect={(value) => push(value as StepId)}
        />
      )}
      {step === 'fields' && (
        <Menu
          items={fields.map((f) => ({ label: f.key, value: f.key, tag: f.value === undefined || f.value === '' ? '(empty)' : String(f.value), description: f.choices ? `One of: ${f.choices.join(', ')}` : undefined }))}
          initialValue={field?.key}
          limit={10}
          onSelect={(key) => (setField(fields.find((f) => f.key === key)), setMessage(undefined), push('edit'))}
        />
      )}
      {step === 'edit' && field && <EditField field={field} onSubmit={save} />}
      {step === 'keys' && <KeysView />}
      {step === 'paths' && <PathsView workspace={workspace} />}
      {message ? <Box marginTop={1}>{'error' in message ? <ErrorMessage error={message.error} /> : <Notice tone="success">{message.saved}</Notice>}</Box> : null}
    </Screen>
  );
}
