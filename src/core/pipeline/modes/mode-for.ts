// The mode object of a run, chosen once from config.mode; agent modes are loaded only when used.
import type { GenerationMode } from '../../choices.js';
import type { AgentMode, SampleMode } from './sample-mode.js';

const MODES: Record<GenerationMode, () => Promise<SampleMode>> = {
  identify: async () => (await import('./identify-mode.js')).identifyMode,
  create: async () => agentDriven((await import('./create-mode.js')).createMode),
  hybrid: async () => agentDriven((await import('./hybrid-mode.js')).hybridMode),
  free: async () => agentDriven((await import('./free-mode.js')).freeMode),
};

export function modeFor(mode: GenerationMode): Promise<SampleMode> {
  return MODES[mode]();
}

async function agentDriven(mode: AgentMode): Promise<SampleMode> {
  const { agentStage } = await import('../agent-stage.js');
  return { generate: (ctx) => agentStage(ctx, mode) };
}
