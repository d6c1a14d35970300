// Keys must never reach an error message, a log line or the screen.

const KEY_SHAPES = [
  /\bsk-[A-Za-z0-9_-]{12,}/g, // OpenAI, Anthropic (sk-ant-...)
  /\bAIza[0-9A-Za-z_-]{20,}/g, // Google API keys
  /(bearer\s+)[A-Za-z0-9._~+/=-]{12,}/gi,
  /([?&]key=)[^&\s"']+/gi,
];

/** Replaces every known secret and anything shaped like an API key with "***". */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  for (const shape of KEY_SHAPES) {
    out = out.replace(shape, (_match, prefix?: string) => (typeof prefix === 'string' ? `${prefix}***` : '***'));
  }
  return out;
}
