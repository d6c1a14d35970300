// Child process for bench/agents*.ts: the scripted OpenAI-protocol server with a fixed latency, in its
// own process (like a remote provider) so its timers do not share an event loop with the client.
// argv: latency in ms, then "half" for the pipeline bench: every other conversation offered is an
// exact copy of an earlier one, so about half survive dedup (a realistic acceptance rate).
// Protocol over IPC: sends {baseURL}; answers 'stats' with ServerStats; exits on 'close'.
import { startScriptedServer } from '../tests/servers/scripted-server.js';
import { writer } from '../tests/servers/writer.js';
import type { RecordedRequest, Step } from '../tests/servers/scripted-server.js';

export interface ServerStats {
  maxInFlight: number;
  requests: number;
  /** Conversations served that were not copies (the most that can survive dedup). */
  fresh: number;
  /** First request received and last answer sent (epoch ms). */
  firstAt: number;
  lastAt: number;
  /** Per request: received and answered (epoch ms), for `--trace`. */
  timeline: Array<{ receivedAt: number; answeredAt: number }>;
}

const latencyMs = Number(process.argv[2] ?? 100);
const half = process.argv[3] === 'half';
const write = writer();
let served = 0;
let fresh = 0;
let lastFresh: unknown;
let lastAt = 0;
const answeredAt: number[] = [];

function halfDuplicates(request: RecordedRequest): Step {
  const step = write(request) as { answer: { conversations: unknown[] } };
  const conversations = step.answer.conversations.map((conversation) => {
    served++;
    if (served % 2 === 0 && lastFresh !== undefined) return lastFresh;
    fresh++;
    lastFresh = conversation;
    return conversation;
  });
  // The answer is sent after the latency; mark the end then (the server adds latency after us).
  setTimeout(() => {
    lastAt = Date.now();
    answeredAt[request.index] = lastAt;
  }, latencyMs);
  return { answer: { conversations } };
}

const server = await startScriptedServer('openai', half ? halfDuplicates : write, { latencyMs });
process.send?.({ baseURL: server.baseURL });
process.on('message', async (message) => {
  if (message === 'stats') {
    const timeline = server.requests.map((r) => ({ receivedAt: r.receivedAt, answeredAt: answeredAt[r.index] ?? 0 }));
    const stats: ServerStats = { maxInFlight: server.maxInFlight, requests: server.requests.length, fresh, firstAt: server.requests[0]?.receivedAt ?? 0, lastAt, timeline };
    process.send?.(stats);
  }
  if (message === 'close') {
    await server.close();
    process.exit(0);
  }
});
