// Saves one edited value to config.yaml (comments kept) and returns the session config with it applied.
// Changing the target provider also moves the model to that provider's default when it does not fit.
import type { Workspace } from '../../../core/config/workspace.js';
import type { AppConfig } from '../../../core/config/schema.js';
import { updateConfigFile, type ConfigUpdate } from '../../../core/config/write-config.js';
import { modelFor, resolveTarget } from '../../../core/targets/registry.js';
import type { TargetProvider } from '../../../core/targets/types.js';
import { valueAt, withValue, type ConfigField, type FieldValue } from './config-fields.js';

export function saveField(workspace: Workspace, config: AppConfig, field: ConfigField, value: FieldValue): { config: AppConfig; saved: string } {
  const updates: ConfigUpdate[] = [{ path: field.path, value }];
  if (field.key === 'model') resolveTarget(config.provider, String(value));
  if (field.key === 'provider') {
    const model = modelFor(value as TargetProvider, config.model);
    if (model !== config.model) updates.push({ path: ['model'], value: model });
  }
  const fromFile = updateConfigFile(workspace.paths.configFile, updates, workspace.configFile);
  let next = config;
  for (const update of updates) next = withValue(next, update.path, valueAt(fromFile, update.path));
  const saved = updates.map((u) => `${u.path.join('.')} = ${String(valueAt(fromFile, u.path))}`).join(', ');
  return { config: next, saved };
}
