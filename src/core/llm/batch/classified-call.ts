// Every batch-API call of an adapter fails the same way a live call does: the SDK's error becomes
// ftdb's classified LlmError (auth, rate limit, bad request ...), named after the provider and model.
import { classifyFailure } from '../classify-failure.js';
import type { ProviderSettings } from '../provider-settings.js';

export function classifiedCall(settings: ProviderSettings, model: string) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw classifyFailure(error, { settings, model });
    }
  };
}
