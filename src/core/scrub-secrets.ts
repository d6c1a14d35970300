// The one place that keeps keys out of everything ftdb prints or stores (screen, logs, jobs.error,
// runs.error, and so every backup): known secret values from the environment, anything shaped like an
// API key, and keys hidden in URLs (http://user:KEY@host, https://host/v1/KEY).

const KEY_SHAPES = [
  /\bsk-[A-Za-z0-9_-]{12,}/g, // OpenAI, Anthropic (sk-ant-...)
  /\bAIza[0-9A-Za-z_-]{20,}/g, // Google API keys
  /(bearer\s+)[A-Za-z0-9._~+/=-]{12,}/gi,
  /([?&](?:key|api_key|apikey|token|access_token)=)[^&\s"']+/gi,
];

// Trailing punctuation ("…/v1: Connection error") is not part of the URL.
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]*[^\s"'<>`.,:;!?)]/gi;
/** A path segment that reads like a token rather than a word: long, with both letters and digits. */
const TOKEN_SEGMENT = /^(?=[^/]*[A-Za-z])(?=[^/]*\d)[A-Za-z0-9._~+=-]{20,}$/;

/** Every secret value in the environment (…_API_KEY, …_TOKEN, …_SECRET, …_PASSWORD). */
function secretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.entries(env)
    .filter(([key, value]) => /(_API_KEY|_TOKEN|_SECRET|_PASSWORD)$/.test(key) && value && value.length >= 8)
    .map(([, value]) => value as string);
}

/**
 * Replaces secrets with "***". `extra` is either more secret values (a client's own key) or the
 * environment to take the secret values from (process.env by default; its values are always scrubbed).
 */
export function scrubSecrets(text: string, extra: readonly (string | undefined)[] | NodeJS.ProcessEnv = process.env): string {
  const env = Array.isArray(extra) ? process.env : (extra as NodeJS.ProcessEnv);
  const given = Array.isArray(extra) ? (extra as readonly (string | undefined)[]) : [];
  let out = text;
  for (const secret of [...given, ...secretValues(env)]) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  out = out.replace(URL_PATTERN, scrubUrl);
  for (const shape of KEY_SHAPES) {
    out = out.replace(shape, (_match, prefix?: string) => (typeof prefix === 'string' ? `${prefix}***` : '***'));
  }
  return out;
}

/** user:KEY@host → user:***@host; a token-like path segment → ***. Host and the rest stay readable. */
function scrubUrl(url: string): string {
  const match = /^([^:]+:\/\/)([^/?#]*@)?([^/?#]*)(.*)$/s.exec(url);
  if (!match) return url;
  const [, scheme, userinfo = '', host, rest] = match;
  const user = userinfo ? `${userinfo.includes(':') ? `${userinfo.slice(0, userinfo.indexOf(':'))}:***` : '***'}@` : '';
  const [pathPart, ...tail] = rest.split(/(?=[?#])/);
  const segments = pathPart.split('/');
  const cleanPath = segments
    .map((segment, i) => (TOKEN_SEGMENT.test(decodeSafe(segment)) && !isCommitId(segments[i - 1], segment) ? '***' : segment))
    .join('/');
  return `${scheme}${user}${host}${cleanPath}${tail.join('')}`;
}

/** A git object id after `/commit/` (the Hub's commit URLs) is public, not a key. */
function isCommitId(previous: string | undefined, segment: string): boolean {
  return previous === 'commit' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(segment);
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
