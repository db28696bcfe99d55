import { createServer, type IncomingMessage } from 'node:http';

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export interface ScriptedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface ScriptedGateway {
  url: string;
  /** What every next request gets, chosen from the request. */
  answer: (script: (request: ScriptedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>) => void;
  close: () => Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * A real HTTP server on 127.0.0.1 that answers whatever a test scripts, bytes and headers as
 * given: for the answers a gateway could send that the reference gateway never would.
 */
export async function startScriptedGateway(): Promise<ScriptedGateway> {
  let script: Parameters<ScriptedGateway['answer']>[0] = () => ({ status: 500, body: '' });
  const server = createServer((request, response) => {
    void readBody(request).then(async (body) => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      const answer = await script({ method: request.method ?? 'GET', path: request.url ?? '/', headers, body });
      const bytes = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers, 'content-length': String(bytes.length) });
      response.end(bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the scripted gateway has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    answer: (next) => {
      script = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Passes a request on to a real gateway and hands back its answer as it came. */
export async function forwardTo(baseUrl: string, request: ScriptedRequest): Promise<ScriptedAnswer> {
  const response = await fetch(new URL(request.path, baseUrl), {
    method: request.method,
    headers: { accept: 'application/json', 'content-type': 'application/json', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) },
    body: request.method === 'GET' ? undefined : request.body,
  });
  return { status: response.status, body: await response.text() };
}
