// Child process for bench/batch.ts: the local OpenAI Batch API server (tests/servers) in its own
// process, like a remote provider, where every batch takes a fixed simulated processing time.
// argv: processing time in ms. Protocol over IPC: sends {baseURL}; answers 'stats'; exits on 'close'.
import { startOpenAiBatchServer } from '../tests/servers/openai-batch-server.js';

export interface BatchServerStats {
  submissions: number;
  requests: number;
}

const processingMs = Number(process.argv[2] ?? 5000);
const server = await startOpenAiBatchServer({ processingMs, pollsInProgress: 0 });
process.send?.({ baseURL: server.baseURL });
process.on('message', async (message) => {
  if (message === 'stats') process.send?.({ submissions: server.engine.submissions, requests: server.engine.submittedIds.length } satisfies BatchServerStats);
  if (message === 'close') {
    await server.close();
    process.exit(0);
  }
});
