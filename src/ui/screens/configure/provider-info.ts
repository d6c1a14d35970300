// What the provider list says about each fine-tuning target provider.
import { listTargets } from '../../../core/targets/registry.js';
import type { TargetProvider } from '../../../core/targets/types.js';
import type { MenuItem } from '../../components/Menu.js';

const ABOUT: Record<TargetProvider, { name: string; about: string }> = {
  openai: { name: 'OpenAI', about: 'Chat fine-tuning on the OpenAI platform ({"messages": [...]} lines).' },
  anthropic: { name: 'Anthropic (Amazon Bedrock)', about: 'Claude fine-tuning on Amazon Bedrock ({"system", "messages"} lines).' },
  google: { name: 'Google (Vertex AI)', about: 'Gemini supervised tuning on Vertex AI ({"contents": [...]} lines).' },
  mistral: { name: 'Mistral', about: 'Fine-tuning on La Plateforme (OpenAI-compatible messages).' },
  llama: { name: 'Meta Llama', about: 'Llama 3.1, 3.2 and 3.3 on Bedrock, Together, Fireworks or Hugging Face TRL.' },
  amazon: { name: 'Amazon Nova (Amazon Bedrock)', about: 'Nova fine-tuning on Amazon Bedrock (bedrock-conversation-2024 lines).' },
  open: { name: 'Open-weight models', about: 'Qwen, Gemma, Mistral and DeepSeek distills on Together, Fireworks or Hugging Face TRL.' },
};

export function providerName(provider: string): string {
  return ABOUT[provider as TargetProvider]?.name ?? provider;
}

export function providerItem(provider: TargetProvider): MenuItem<TargetProvider> {
  const models = listTargets(provider);
  const statuses = new Set(models.map((m) => m.status));
  const shared = statuses.size === 1 ? models[0]?.status : undefined;
  const note = shared && shared !== 'active' ? models[0]?.statusNote : undefined;
  return {
    label: ABOUT[provider].name,
    value: provider,
    tag: shared && shared !== 'active' ? `${shared} · ${plural(models.length)}` : plural(models.length),
    tagTone: shared === 'deprecated' ? 'error' : shared === 'legacy' ? 'warning' : 'info',
    description: note ? `${ABOUT[provider].about}\n${note}` : ABOUT[provider].about,
  };
}

function plural(n: number): string {
  return n === 1 ? '1 model' : `${n} models`;
}
