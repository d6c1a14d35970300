// The license ids the Hugging Face Hub accepts in a card's `license:` key
// (the table at https://huggingface.co/docs/hub/repositories-licenses).
import { ConfigError } from '../errors.js';

const HUB_LICENSES = new Set(
  [
    'apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0 bigcode-openrail-m',
    'afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause bsd-3-clause-clear c-uda cc cc0-1.0 cc-by-2.0',
    'cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0 cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0',
    'cc-by-nc-nd-3.0 cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0',
    'cdla-permissive-1.0 cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1 agpl-3.0 gfdl gpl',
    'gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 isc lppl-1.3c ms-pl mpl-2.0 odc-by odbl openrail++ osl-3.0 postgresql',
    'ofl-1.1 ncsa unlicense zlib pddl lgpl-lr deepfloyd-if-license llama2 gemma unknown other',
  ]
    .join(' ')
    .split(' '),
);

export function isHubLicense(id: string): boolean {
  return HUB_LICENSES.has(id);
}

/** The --license flag, checked: a typo would otherwise reach the Hub as an unlisted license. */
export function requireHubLicense(id: string): string {
  const normalized = id.trim().toLowerCase();
  if (!isHubLicense(normalized)) {
    throw new ConfigError(`"${id}" is not a license id the Hugging Face Hub knows.`, 'Use an id such as cc-by-4.0, mit, apache-2.0, cc0-1.0 or other (list: https://hf.co/docs/hub/repositories-licenses).');
  }
  return normalized;
}
