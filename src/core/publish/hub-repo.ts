// Hub names and addresses: the dataset repository id a user gives, the token and the Hub's URL.
import { ConfigError } from '../errors.js';
import { PublishError } from './publish-errors.js';

const DEFAULT_HUB_URL = 'https://huggingface.co';

/** HF_ENDPOINT points the client at another Hub (a mirror, an on-premise Hub, a test server). */
export function hubUrlFrom(env: NodeJS.ProcessEnv = process.env): string {
  return (env.HF_ENDPOINT?.trim() || DEFAULT_HUB_URL).replace(/\/+$/, '');
}

/** The token from HF_TOKEN (the environment or .env); it is only ever handed to the Hub client. */
export function hubTokenFrom(env: NodeJS.ProcessEnv = process.env): string {
  const token = env.HF_TOKEN?.trim();
  if (!token) {
    throw new PublishError('no-token', 'No Hugging Face token: HF_TOKEN is not set.', 'Create a token with write access at https://huggingface.co/settings/tokens and put HF_TOKEN=hf_... in .env (or the environment).');
  }
  if (!token.startsWith('hf_')) {
    throw new PublishError('no-token', 'HF_TOKEN does not look like a Hugging Face token (they start with "hf_").', 'Copy the token again from https://huggingface.co/settings/tokens.');
  }
  return token;
}

// The Hub's rule: letters, digits, "-", "_", "."; no "--" or ".."; "-" and "." not first or last; 96 characters at most.
const PART = /^(?![-.])(?!.*(--|\.\.))[A-Za-z0-9._-]{1,96}(?<![-.])$/;

export function requireRepoId(repo: string | undefined): string {
  const [owner, name, ...rest] = (repo ?? '').split('/');
  if (!repo || rest.length > 0 || !owner || !name || !PART.test(owner) || !PART.test(name)) {
    throw new ConfigError(
      `--repo "${repo ?? ''}" is not a Hub dataset name.`,
      'Use --repo OWNER/NAME (your user or organization name, then letters, digits, "-", "_" or ".").',
    );
  }
  return `${owner}/${name}`;
}

export function datasetUrl(hubUrl: string, repoId: string): string {
  return `${hubUrl}/datasets/${repoId}`;
}
