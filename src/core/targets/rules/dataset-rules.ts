// Dataset-level checks: example counts, file sizes, validation-set limits (findings on line 0).
import { formatBytes } from '../../format-bytes.js';
import type { Finding, TargetModel } from '../types.js';

export interface DatasetShape {
  role: 'train' | 'validation';
  /** Examples in this file or list. */
  examples: number;
  /** Of those, how many go to validation (train role only). */
  validationCount: number;
  fileBytes?: number;
}

const finding = (rule: string, severity: Finding['severity'], message: string, fix: string): Finding => ({
  line: 0,
  rule,
  severity,
  message,
  fix,
});

export function checkDataset(target: TargetModel, shape: DatasetShape): Finding[] {
  return shape.role === 'validation' ? checkValidationFile(target, shape) : checkTrainingSet(target, shape);
}

function checkTrainingSet(t: TargetModel, s: DatasetShape): Finding[] {
  const findings: Finding[] = [];
  const train = s.examples - s.validationCount;
  const minCounted = t.minExamplesIncludeValidation ? s.examples : train;
  const scope = t.minExamplesIncludeValidation ? 'training + validation examples' : 'training examples';
  if (minCounted < t.minExamples) {
    findings.push(
      finding(
        'too_few_examples',
        'error',
        `${minCounted} ${scope}; ${t.displayName} needs at least ${t.minExamples}.`,
        `Add ${t.minExamples - minCounted} more examples.`,
      ),
    );
  } else if (t.recommendedMinExamples && train < t.recommendedMinExamples) {
    findings.push(
      finding(
        'few_examples',
        'warning',
        `${train} training examples; at least ${t.recommendedMinExamples} are recommended for ${t.displayName}.`,
        'Add more examples for a noticeable effect.',
      ),
    );
  }
  if (t.maxExamples !== undefined && train > t.maxExamples) {
    findings.push(
      finding(
        'too_many_examples',
        'error',
        `${train} training examples; ${t.displayName} accepts at most ${t.maxExamples}.`,
        `Remove ${train - t.maxExamples} examples or lower the dataset size.`,
      ),
    );
  }
  if (t.maxTotalExamples !== undefined && s.examples > t.maxTotalExamples) {
    findings.push(
      finding(
        'too_many_examples',
        'error',
        `${s.examples} training + validation examples; ${t.displayName} accepts at most ${t.maxTotalExamples} in total.`,
        'Lower the dataset size (the quota can be raised with AWS Service Quotas).',
      ),
    );
  }
  if (t.maxValidationExamples !== undefined && s.validationCount > t.maxValidationExamples) {
    findings.push(tooManyValidation(t, s.validationCount));
  }
  if (t.maxFileBytes !== undefined && s.fileBytes !== undefined && s.fileBytes > t.maxFileBytes) {
    findings.push(tooLarge(t, s.fileBytes, t.maxFileBytes, 'training'));
  } else if (t.maxSingleUploadBytes !== undefined && s.fileBytes !== undefined && s.fileBytes > t.maxSingleUploadBytes) {
    findings.push(
      finding(
        'file_needs_multipart_upload',
        'warning',
        `The training file is ${formatBytes(s.fileBytes)}, over the ${formatBytes(t.maxSingleUploadBytes)} a single upload takes.`,
        'Upload it in parts with the Uploads API (up to 8 GB), or split the data.',
      ),
    );
  }
  return findings;
}

function checkValidationFile(t: TargetModel, s: DatasetShape): Finding[] {
  const findings: Finding[] = [];
  if (t.maxValidationExamples !== undefined && s.examples > t.maxValidationExamples) findings.push(tooManyValidation(t, s.examples));
  const max = t.maxValidationFileBytes ?? t.maxFileBytes;
  if (max !== undefined && s.fileBytes !== undefined && s.fileBytes > max) findings.push(tooLarge(t, s.fileBytes, max, 'validation'));
  return findings;
}

function tooManyValidation(t: TargetModel, n: number): Finding {
  return finding(
    'too_many_validation_examples',
    'error',
    `${n} validation examples; ${t.displayName} accepts at most ${t.maxValidationExamples}.`,
    'Use a smaller validation share.',
  );
}

function tooLarge(t: TargetModel, bytes: number, max: number, what: string): Finding {
  return finding(
    'file_too_large',
    'error',
    `The ${what} file is ${formatBytes(bytes)}; ${t.displayName} accepts at most ${formatBytes(max)}.`,
    'Split the data into smaller files or fewer examples.',
  );
}
