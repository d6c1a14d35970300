// A local Hugging Face Hub speaking the endpoints @huggingface/hub uses to publish a dataset:
// GET /api/whoami-v2, POST /api/repos/create, POST /api/datasets/:repo/preupload/:rev (which files go to
// LFS), POST /datasets/:repo.git/info/lfs/objects/batch (basic transfer), PUT of the LFS object, and
// POST /api/datasets/:repo/commit/:rev (NDJSON: header, file, lfsFile). It keeps repos, files and commits.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HubUser {
  name: string;
  role: 'read' | 'write';
  /** Organizations and the user's role in each. */
  orgs?: Record<string, 'read' | 'write'>;
}

export interface HubRepo {
  id: string;
  private: boolean;
  files: Map<string, Buffer>;
  /** Paths committed as LFS pointers. */
  lfsPaths: Set<string>;
  commits: { oid: string; title: string; paths: string[] }[];
}

export interface HubServer {
  url: string;
  repos: Map<string, HubRepo>;
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

type Reply = { status: number; body: unknown };

const json = (status: number, body: unknown): Reply => ({ status, body });
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export async function startHubServer(tokens: Record<string, HubUser>, existing: { id: string; files?: Record<string, string> }[] = []): Promise<HubServer> {
  const repos = new Map<string, HubRepo>();
  for (const r of existing) {
    repos.set(r.id, { id: r.id, private: false, files: new Map(Object.entries(r.files ?? {}).map(([p, c]) => [p, Buffer.from(c)])), lfsPaths: new Set(), commits: [] });
  }
  const lfsObjects = new Map<string, Buffer>();
  const requests: HubServer['requests'] = [];
  let url = '';

  const canWrite = (user: HubUser, namespace: string) => user.role === 'write' && (namespace === user.name || user.orgs?.[namespace] === 'write');
  const canSee = (user: HubUser, namespace: string) => namespace === user.name || user.orgs?.[namespace] !== undefined;

  function handle(method: string, path: string, user: HubUser | undefined, body: Buffer): Reply {
    if (!user) return json(401, { error: 'Invalid credentials in Authorization header' });
    if (method === 'GET' && path === '/api/whoami-v2') {
      return json(200, {
        type: 'user', id: `u-${user.name}`, name: user.name, fullname: user.name, email: `${user.name}@example.test`, emailVerified: true,
        isPro: false, canPay: false, avatarUrl: '', periodEnd: null, billingMode: 'prepaid',
        orgs: Object.keys(user.orgs ?? {}).map((name) => ({ type: 'org', id: `o-${name}`, name, fullname: name })),
        auth: { type: 'access_token', accessToken: { displayName: 'test token', role: user.role, createdAt: '2026-01-01T00:00:00.000Z' } },
      });
    }
    if (method === 'POST' && path === '/api/repos/create') {
      const payload = JSON.parse(body.toString('utf8')) as { name: string; organization: string; type: string; visibility?: string };
      const id = `${payload.organization}/${payload.name}`;
      if (payload.type !== 'dataset') return json(400, { error: `expected a dataset repo, got ${payload.type}` });
      if (repos.has(id) && canSee(user, payload.organization)) return json(409, { error: 'You already created this dataset repo', url: `${url}/datasets/${id}` });
      if (!canWrite(user, payload.organization)) return json(403, { error: `You don't have the rights to create a dataset under the namespace "${payload.organization}"` });
      repos.set(id, { id, private: payload.visibility === 'private', files: new Map(), lfsPaths: new Set(), commits: [] });
      return json(200, { url: `${url}/datasets/${id}`, name: id, id: `r-${repos.size}` });
    }
    const preupload = /^\/api\/datasets\/([^/]+\/[^/]+)\/preupload\/main$/.exec(path);
    if (method === 'POST' && preupload) {
      if (!repos.has(preupload[1])) return json(404, { error: 'Repository not found' });
      const { files } = JSON.parse(body.toString('utf8')) as { files: { path: string; size: number }[] };
      // The Hub's .gitattributes sends *.parquet (and anything over 10 MB) to LFS.
      return json(200, { files: files.map((f) => ({ path: f.path, uploadMode: f.path.endsWith('.parquet') || f.size > 10_000_000 ? 'lfs' : 'regular', shouldIgnore: false })) });
    }
    const batch = /^\/datasets\/([^/]+\/[^/]+)\.git\/info\/lfs\/objects\/batch$/.exec(path);
    if (method === 'POST' && batch) {
      if (!canWrite(user, batch[1].split('/')[0])) return json(403, { error: 'write access needed' });
      const { objects, transfers } = JSON.parse(body.toString('utf8')) as { objects: { oid: string; size: number }[]; transfers: string[] };
      if (!transfers.includes('basic')) return json(400, { error: 'basic transfer expected' });
      return json(200, {
        transfer: 'basic',
        objects: objects.map((o) => (lfsObjects.has(o.oid) ? o : { ...o, actions: { upload: { href: `${url}/lfs-storage/${o.oid}` } } })),
      });
    }
    const storage = /^\/lfs-storage\/([0-9a-f]{64})$/.exec(path);
    if (method === 'PUT' && storage) {
      if (sha256(body) !== storage[1]) return json(400, { error: 'content does not match its oid' });
      lfsObjects.set(storage[1], body);
      return json(200, {});
    }
    const commit = /^\/api\/datasets\/([^/]+\/[^/]+)\/commit\/main$/.exec(path);
    if (method === 'POST' && commit) {
      const repo = repos.get(commit[1]);
      if (!repo) return json(404, { error: 'Repository not found' });
      if (!canWrite(user, repo.id.split('/')[0])) return json(403, { error: 'You do not have write access to this repository' });
      const lines = body.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { key: string; value: Record<string, string> });
      if (lines[0]?.key !== 'header') return json(400, { error: 'the first line must be the header' });
      const paths: string[] = [];
      for (const { key, value } of lines.slice(1)) {
        if (key === 'file') {
          repo.files.set(value.path, Buffer.from(value.content, value.encoding === 'base64' ? 'base64' : 'utf8'));
          repo.lfsPaths.delete(value.path);
        } else if (key === 'lfsFile') {
          const object = lfsObjects.get(value.oid);
          if (!object) return json(422, { error: `LFS object ${value.oid} was never uploaded` });
          repo.files.set(value.path, object);
          repo.lfsPaths.add(value.path);
        } else return json(400, { error: `unsupported operation ${key}` });
        paths.push(value.path);
      }
      const oid = randomBytes(20).toString('hex');
      repo.commits.push({ oid, title: lines[0].value.summary, paths });
      return json(200, { success: true, commitOid: oid, commitUrl: `${url}/datasets/${repo.id}/commit/${oid}` });
    }
    return json(404, { error: `no route ${method} ${path}` });
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '').split('?')[0];
    requests.push({ method: req.method ?? '', path });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    // LFS storage is a pre-signed URL: no Authorization header, like the Hub's S3 upload links.
    const user = path.startsWith('/lfs-storage/') ? { name: 'storage', role: 'write' as const } : token ? tokens[token] : undefined;
    const reply = handle(req.method ?? '', path, user, Buffer.concat(chunks));
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, repos, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
