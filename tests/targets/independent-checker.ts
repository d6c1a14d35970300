// A line checker written from the providers' documentation alone, to check our formatter and
// validator against; it shares no code with src/. Each rule cites the page it comes from.
type Json = Record<string, unknown>;
const obj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export type DocFormat = 'openai' | 'vertex' | 'nova' | 'bedrock-llama' | 'hosted-messages' | 'prompt-completion' | 'text';

/** Problems a provider would reject the line for; [] when the docs accept it. */
export function docProblems(format: DocFormat, line: Json): string[] {
  const p: string[] = [];
  const keys = Object.keys(line);
  if (format === 'openai' || format === 'hosted-messages') {
    // OpenAI fine-tuning guide / Together & Fireworks "conversational" format: {"messages": [{role, content}]}.
    if (!Array.isArray(line.messages) || line.messages.length === 0) return ['messages missing'];
    if (format === 'hosted-messages' && keys.some((k) => k !== 'messages')) p.push('extra top-level key');
    const roles = line.messages.map((m) => (obj(m) ? m.role : undefined));
    if (!roles.includes('assistant')) p.push('no assistant message');
    for (const m of line.messages) if (!obj(m) || !['system', 'user', 'assistant'].includes(String(m.role)) || !str(m.content)) p.push('bad message');
    if (roles.slice(1).includes('system')) p.push('system not first');
  } else if (format === 'vertex') {
    // Vertex "Prepare supervised tuning data": contents with role user|model and parts [{text}].
    if (!Array.isArray(line.contents)) return ['contents missing'];
    for (const c of line.contents) if (!obj(c) || !['user', 'model'].includes(String(c.role)) || !Array.isArray(c.parts)) p.push('bad content');
    if (line.systemInstruction !== undefined && !(obj(line.systemInstruction) && Array.isArray(line.systemInstruction.parts))) p.push('bad systemInstruction');
    if (!line.contents.some((c) => obj(c) && c.role === 'model')) p.push('no model turn');
  } else if (format === 'nova') {
    // Nova user guide: schemaVersion, system [{text}], messages user/assistant with content [{text}],
    // first user, last assistant, reserved words in prompts.
    if (line.schemaVersion !== 'bedrock-conversation-2024') p.push('schemaVersion');
    if (line.system !== undefined && !(Array.isArray(line.system) && line.system.every((b) => obj(b) && typeof b.text === 'string'))) p.push('system');
    const messages = Array.isArray(line.messages) ? line.messages : [];
    if (messages.length === 0) return [...p, 'messages missing'];
    for (const m of messages) {
      const ok = obj(m) && ['user', 'assistant'].includes(String(m.role)) && Array.isArray(m.content) && m.content.every((b) => obj(b) && str(b.text));
      if (!ok) p.push('bad message');
    }
    if (!obj(messages[0]) || messages[0].role !== 'user') p.push('first not user');
    const last = messages[messages.length - 1];
    if (!obj(last) || last.role !== 'assistant') p.push('last not assistant');
    const prompts = [...(Array.isArray(line.system) ? line.system : []), ...messages.filter((m) => obj(m) && m.role === 'user').flatMap((m) => (m as Json).content as unknown[])];
    for (const word of ['User:', 'Bot:', 'Assistant:', 'System:', '<image>', '<video>', '[EOS]'])
      if (prompts.some((b) => obj(b) && String(b.text).includes(word))) p.push(`reserved ${word}`);
  } else if (format === 'bedrock-llama' || format === 'prompt-completion') {
    // Bedrock "Prepare data" (Llama) and Together/TRL instruction format: {"prompt", "completion"}.
    if (keys.some((k) => k !== 'prompt' && k !== 'completion')) p.push('extra key');
    if (typeof line.prompt !== 'string' || !str(line.completion)) p.push('prompt/completion');
  } else {
    // Together "generic text" and TRL "language modeling": {"text"}.
    if (keys.some((k) => k !== 'text') || !str(line.text)) p.push('text');
  }
  return p;
}

/** The assistant's texts as the provider would read them from the line, to compare with the source. */
export function docAnswers(format: DocFormat, line: Json): string[] {
  if (format === 'openai' || format === 'hosted-messages')
    return (line.messages as Json[]).filter((m) => m.role === 'assistant').map((m) => String(m.content));
  if (format === 'vertex') return (line.contents as Json[]).filter((c) => c.role === 'model').map((c) => String(((c.parts as Json[])[0] ?? {}).text));
  if (format === 'nova') return (line.messages as Json[]).filter((m) => m.role === 'assistant').map((m) => String(((m.content as Json[])[0] ?? {}).text));
  if (format === 'text') return [String(line.text)];
  return [String(line.completion)];
}
