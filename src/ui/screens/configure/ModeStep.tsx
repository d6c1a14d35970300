// Step 3: the generation mode, and whether it needs an agent LLM key.
import { MODE_NEEDS, type GenerationMode } from '../../../core/choices.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { AGENT_NAMES, keyStatus, type AgentProvider } from './agent-info.js';

const ABOUT: Record<GenerationMode, { label: string; about: string }> = {
  identify: { label: 'Identify', about: 'Extract conversations already in your documents (FAQ, Q:/A:, chat logs), verbatim with their source.' },
  create: { label: 'Create', about: 'An agent LLM writes new conversations grounded in chunks of your documents.' },
  hybrid: { label: 'Hybrid', about: 'Identify first, then create the rest up to the dataset size, without duplicates.' },
  free: { label: 'Free', about: 'Your own instructions (prompts/free_mode/prompt.txt, or typed) drive the agent LLM.' },
};

function modeItems(agent: AgentProvider): MenuItem<GenerationMode>[] {
  const key = keyStatus(agent);
  return (Object.keys(ABOUT) as GenerationMode[]).map((mode) => {
    if (!MODE_NEEDS[mode].agent) return { label: ABOUT[mode].label, value: mode, tag: 'no key needed', tagTone: 'success', description: ABOUT[mode].about };
    return {
      label: ABOUT[mode].label,
      value: mode,
      tag: key.ready ? `uses ${AGENT_NAMES[agent]} (${key.text})` : `needs a key (${AGENT_NAMES[agent]})`,
      tagTone: key.ready ? 'info' : 'warning',
      description: `${ABOUT[mode].about} Paid: you confirm the cost before it starts.`,
    };
  });
}

export function ModeStep(props: { agent: AgentProvider; initial: GenerationMode; onDone: (mode: GenerationMode) => void }) {
  return <Menu items={modeItems(props.agent)} initialValue={props.initial} onSelect={props.onDone} />;
}
