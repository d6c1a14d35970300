// Child process for bench/agents.ts: the scripted OpenAI-protocol server with a fixed latency, in its
// own process (like a remote provider) so its timers do not share an event loop with the client.
// Protocol over IPC: sends {baseURL}; answers 'stats' with {maxInFlight, requests}; exits on 'close'.
import { startScriptedServer } from '../tests/servers/scripted-server.js';
import { writer } from '../tests/servers/writer.js';

const latencyMs = Number(process.argv[2] ?? 100);
const server = await startScriptedServer('openai', writer(), { latencyMs });
process.send?.({ baseURL: server.baseURL });
process.on('message', async (message) => {
  if (message === 'stats') process.send?.({ maxInFlight: server.maxInFlight, requests: server.requests.length });
  if (message === 'close') {
    await server.close();
    process.exit(0);
  }
});
