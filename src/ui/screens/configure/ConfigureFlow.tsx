// Configure dataset: target provider → model → mode → size → agent LLM (if used) → split → output name.
// The answers are written to the folder's config.yaml (the one source of settings) and remembered for new folders.
import { Box, Text } from 'ink';
import { useCallback, useState } from 'react';
import { savePreferences } from '../../../core/config/preferences.js';
import { saveConfigureAnswers } from '../../../core/app/folder-settings.js';
import { modelFor, resolveTarget } from '../../../core/targets/registry.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Screen } from '../../components/Screen.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useSteps } from '../../hooks/useSteps.js';
import { useSession } from '../../session/SessionContext.js';
import { AgentModelStep } from './AgentModelStep.js';
import { AgentStep } from './AgentStep.js';
import { SUGGESTED_AGENT_MODEL } from './agent-info.js';
import { applyDraft, draftDefaults, needsAgent, preferencesOf, type ConfigureDraft } from './configure-draft.js';
import { ModeStep } from './ModeStep.js';
import { OutputNameStep } from './OutputNameStep.js';
import { ModelStep } from './ModelStep.js';
import { ProviderStep } from './ProviderStep.js';
import { providerName } from './provider-info.js';
import { SizeNotice, SizeStep } from './SizeStep.js';
import { SplitStep } from './SplitStep.js';

type StepId = 'provider' | 'model' | 'mode' | 'size' | 'size-notice' | 'agent' | 'agent-model' | 'split' | 'name';

const TITLES: Record<StepId, string> = {
  provider: 'Fine-tuning target provider',
  model: 'Model',
  mode: 'Generation mode',
  size: 'Dataset size',
  'size-notice': 'Dataset size',
  agent: 'Agent LLM',
  'agent-model': 'Agent LLM model',
  split: 'Train/validation split',
  name: 'Output name',
};

const TYPING_HELP = ['type a value', 'Enter accept', 'Esc back'];

export function ConfigureFlow() {
  const { state, workspace, dispatch } = useSession();
  const [draft, setDraft] = useState(() => draftDefaults(state.config));
  const [saveError, setSaveError] = useState<unknown>();
  const [sizeNote, setSizeNote] = useState('');
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  const { step, push, back } = useSteps<StepId>('provider', goHome);
  useEscape(back);

  const answer = (patch: Partial<ConfigureDraft>, next: StepId) => {
    setDraft((d) => ({ ...d, ...patch }));
    push(next);
  };
  const finish = (last: Partial<ConfigureDraft>) => {
    const final = { ...draft, ...last };
    const config = applyDraft(state.config, final);
    try {
      saveConfigureAnswers(workspace, state.config, config);
    } catch (error) {
      setSaveError(error); // nothing was written: the answers stay on screen to change or to leave with Esc
      return;
    }
    // preferences are only the defaults of the next folder without a config.yaml
    void savePreferences(preferencesOf(final));
    dispatch({ type: 'config', config });
    const target = resolveTarget(final.provider, final.model);
    dispatch({ type: 'step-done', step: 'configure', notice: `Configured: ${target.displayName} · ${final.mode} · ${final.size} samples · saved to config.yaml` });
  };
  const afterSize = () => push(needsAgent(draft.mode) ? 'agent' : 'split');

  return (
    <Screen title={`Configure dataset › ${TITLES[step]}`} help={step === 'size' || step === 'name' ? TYPING_HELP : undefined}>
      <Box marginBottom={1}>
        <Text dimColor>
          {providerName(draft.provider)} › {draft.model} › {draft.mode} › {draft.size} samples
        </Text>
      </Box>
      {step === 'provider' && (
        <ProviderStep initial={draft.provider} onDone={(provider) => answer({ provider, model: modelFor(provider, draft.model) }, 'model')} />
      )}
      {step === 'model' && <ModelStep provider={draft.provider} initial={draft.model} onDone={(model) => answer({ model }, 'mode')} />}
      {step === 'mode' && <ModeStep agent={draft.agentProvider} initial={draft.mode} onDone={(mode) => answer({ mode }, 'size')} />}
      {step === 'size' && (
        <SizeStep
          provider={draft.provider}
          model={draft.model}
          initial={draft.size}
          onDone={(size, message) => {
            setSizeNote(message ?? '');
            answer({ size }, message ? 'size-notice' : needsAgent(draft.mode) ? 'agent' : 'split');
          }}
        />
      )}
      {step === 'size-notice' && <SizeNotice size={draft.size} message={sizeNote} onDone={afterSize} />}
      {step === 'agent' && <AgentStep initial={draft.agentProvider} onDone={(agentProvider) =>
            answer(
              { agentProvider, agentModel: agentProvider === draft.agentProvider ? draft.agentModel : SUGGESTED_AGENT_MODEL[agentProvider] },
              'agent-model',
            )
          } />}
      {step === 'agent-model' && <AgentModelStep provider={draft.agentProvider} initial={draft.agentModel} onDone={(agentModel) => answer({ agentModel }, 'split')} />}
      {step === 'split' && <SplitStep initial={draft.split} onDone={(split) => answer({ split }, 'name')} />}
      {step === 'name' && <OutputNameStep initial={draft.outputName} onDone={(outputName) => finish({ outputName })} />}
      {saveError ? <ErrorMessage error={saveError} /> : null}
    </Screen>
  );
}
