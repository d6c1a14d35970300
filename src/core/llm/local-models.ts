// Which model a local OpenAI-compatible server (Ollama, llama.cpp, vLLM) runs: asked of /v1/models
// before the run, so `--agent-provider ollama` without --agent-model does not send the config's
// hosted default (gpt-4o-mini) and fail with a 404 on every call.
import { ConfigError } from '../errors.js';
import { resolveProviderSettings } from './provider-settings.js';

/** The config's default model: a hosted one, never what a local server serves. */
const HOSTED_DEFAULT_MODEL = 'gpt-4o-mini';

const LIST_TIMEOUT_MS = 5_000;

/** Model ids the server lists, or undefined when it cannot say (unreachable, no /models). */
async function listServedModels(baseURL: string, apiKey: string): Promise<string[] | undefined> {
  try {
    const response = await fetch(`${baseURL.replace(/\/$/, '')}/models`, {
      headers: { authorization: `Bearer ${apiKey}` },
      signal: AbortSignal.timeout(LIST_TIMEOUT_MS),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { data?: Array<{ id?: unknown }> };
    return (body.data ?? []).map((model) => model.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return undefined;
  }
}

export interface ModelChoice {
  model: string;
  /** Said to the user when the served model replaces the configured one. */
  notice?: string;
}

/** The model to use with a local server: the configured one if served, else the server's first when none was chosen. */
export async function chooseLocalModel(configured: string, env: NodeJS.ProcessEnv): Promise<ModelChoice> {
  const settings = resolveProviderSettings('ollama', env);
  const served = await listServedModels(settings.baseURL, settings.apiKey);
  if (served === undefined) return { model: configured }; // the first request reports what is wrong
  const match = served.find((id) => id === configured || id === `${configured}:latest`);
  if (match) return { model: match };
  if (served.length === 0) {
    throw new ConfigError(`The local server at ${settings.baseURL} serves no model.`, 'Pull or load one first (e.g. `ollama pull llama3.2`), then run again.');
  }
  const list = served.slice(0, 8).join(', ');
  if (configured === HOSTED_DEFAULT_MODEL) {
    return { model: served[0], notice: `Using ${served[0]}, the first model the local server serves (it has: ${list}). Pass --agent-model to pick another.` };
  }
  throw new ConfigError(`The local server at ${settings.baseURL} has no model "${configured}".`, `It serves: ${list}. Pass one with --agent-model.`);
}
