// Which agent model writes the samples: the models of the price table with their prices (cheapest
// first), the current one if it is not listed, and "Other…" to type any name (a local or custom model).
import { Box, Text } from 'ink';
import { useState } from 'react';
import { pricedModels } from '../../../core/app/views.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { AGENT_NAMES, SUGGESTED_AGENT_MODEL, type AgentProvider } from './agent-info.js';

const OTHER = '\u0000other';

const usd = (perMTok: number) => `$${perMTok < 0.1 ? perMTok.toFixed(3) : perMTok.toFixed(2)}`;

function modelItems(provider: AgentProvider, current: string): MenuItem<string>[] {
  const priced = pricedModels(provider).map(({ model, price }) => ({
    label: model,
    value: model,
    tag: `${usd(price.inputPerMTok)} in · ${usd(price.outputPerMTok)} out per 1M tokens`,
  }));
  const local = provider === 'ollama' ? [{ label: SUGGESTED_AGENT_MODEL.ollama, value: SUGGESTED_AGENT_MODEL.ollama, tag: 'local server: no cost' }] : [];
  const listed = [...priced, ...local];
  const unlisted = listed.some((item) => item.value === current) ? [] : [{ label: current, value: current, tag: provider === 'ollama' ? 'local server: no cost' : 'current · no price known' }];
  const other = { label: 'Other… (type a model name)', value: OTHER, description: 'A model not listed: a local or custom one, or a newer release. Its cost shows as unknown unless system.price is set.' };
  return [...unlisted, ...listed, other];
}

export function AgentModelStep({ provider, initial, onDone }: { provider: AgentProvider; initial: string; onDone: (model: string) => void }) {
  const [typing, setTyping] = useState(false);
  if (typing) {
    return (
      <TextPrompt
        label="Agent model:"
        initialValue={initial}
        validate={(text) => (text ? undefined : `Type a model name, e.g. ${SUGGESTED_AGENT_MODEL[provider]}.`)}
        onSubmit={onDone}
      />
    );
  }
  return (
    <Box flexDirection="column">
      <Text>{`Agent model: which ${AGENT_NAMES[provider]} model writes the samples?`}</Text>
      <Menu items={modelItems(provider, initial)} initialValue={initial} onSelect={(value) => (value === OTHER ? setTyping(true) : onDone(value))} limit={8} />
    </Box>
  );
}
