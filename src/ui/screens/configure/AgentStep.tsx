// Step 5 (modes that use an LLM): which agent provider writes the samples; the key is shown as set or not.
import { AGENT_PROVIDERS } from '../../../core/config/schema.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { AGENT_NAMES, keyStatus, type AgentProvider } from './agent-info.js';

function agentItem(provider: AgentProvider): MenuItem<AgentProvider> {
  const key = keyStatus(provider);
  return {
    label: AGENT_NAMES[provider],
    value: provider,
    tag: key.text,
    tagTone: key.tone,
    description: 'The agent LLM writes (or judges) samples. It is not the fine-tuning target.',
  };
}

export function AgentStep({ initial, onDone }: { initial: AgentProvider; onDone: (provider: AgentProvider) => void }) {
  return <Menu items={AGENT_PROVIDERS.map(agentItem)} initialValue={initial} onSelect={onDone} />;
}
