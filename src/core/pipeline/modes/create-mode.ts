// create: the agent LLM writes conversations grounded in chunks of the documents.
import { runCreateAgent } from '../../agents/create/create-agent.js';
import { remainingTarget, type AgentMode } from './sample-mode.js';

export const createMode: AgentMode = {
  plan: remainingTarget,
  run: (_ctx, options) => runCreateAgent(options),
};
