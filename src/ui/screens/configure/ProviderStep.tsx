// Step 1: the fine-tuning target provider.
import { TARGET_PROVIDERS, listTargets } from '../../../core/targets/registry.js';
import type { TargetProvider } from '../../../core/targets/types.js';
import { Menu } from '../../components/Menu.js';
import { providerItem } from './provider-info.js';

export function ProviderStep({ initial, onDone }: { initial: TargetProvider; onDone: (provider: TargetProvider) => void }) {
  return <Menu items={TARGET_PROVIDERS.filter((p) => listTargets(p).length > 0).map(providerItem)} initialValue={initial} onSelect={onDone} />;
}
