// free: the agent LLM follows the user's instructions (typed, --instructions, or the prompt file).
import { runFreeAgent } from '../../agents/free/free-agent.js';
import { remainingTarget, type AgentMode } from './sample-mode.js';

export const freeMode: AgentMode = {
  plan: remainingTarget,
  run: (ctx, options) => runFreeAgent({ ...options, usePromptFile: ctx.config.agent.free.use_prompt_file, instructions: ctx.instructions }),
};
