import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { ApiError, callMethod, isApiMethod, type ApiErrorPayload, type PirdApi } from '../../shared/api';

export interface WebHostOptions {
  readonly service: PirdApi;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  readonly port?: number;
  readonly token?: string;
}

export interface WebHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-pird-token';
const MAX_BODY = 100 * 1024 * 1024;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.ttf': 'font/ttf', '.ico': 'image/x-icon',
};

/** The same policy as the Electron window: nothing remote, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "font-src 'self' data:",
  "img-src 'self' data:", "worker-src 'self' blob:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const STATUS_OF_ERROR: Readonly<Record<string, number>> = {
  'invalid-input': 400, 'not-found': 404, 'corrupt-file': 409, 'newer-file': 409, 'not-allowed': 422, conflict: 409,
  'write-failed': 507, locked: 423, 'needs-decision': 409, internal: 500,
};

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sendError(response: ServerResponse, error: ApiErrorPayload): void {
  sendJson(response, STATUS_OF_ERROR[error.code] ?? 500, { error });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new ApiError('invalid-input', 'request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the renderer and the service on 127.0.0.1 only. Every request must name this host
 * (no DNS rebinding); API calls also need the per-run token and, when a browser sends one,
 * this host's own Origin.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let allowedHosts = new Set<string>();

  const handleApi = async (request: IncomingMessage, response: ServerResponse, method: string): Promise<void> => {
    if (request.method !== 'POST') return sendJson(response, 405, { error: { code: 'invalid-input', message: 'use POST' } });
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendJson(response, 403, { error: { code: 'not-allowed', message: 'foreign origin' } });
    }
    if (!sameToken(request.headers[TOKEN_HEADER] as string | undefined, token)) {
      return sendJson(response, 403, { error: { code: 'not-allowed', message: 'missing or wrong token' } });
    }
    if (!isApiMethod(method)) return sendJson(response, 404, { error: { code: 'not-found', message: `no method ${method}` } });
    try {
      const body = await readBody(request);
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        throw new ApiError('invalid-input', 'the request body is not JSON');
      }
      const outcome = await callMethod(options.service, method, input);
      if (outcome.ok) sendJson(response, 200, { result: outcome.value });
      else sendError(response, outcome.error);
    } catch (error) {
      sendError(response, ApiError.from(error).toPayload()); // the body was too large or not JSON
    }
  };

  const handleStatic = async (response: ServerResponse, pathname: string): Promise<void> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return send(response, 400, 'bad percent-encoding in the path', 'text/plain; charset=utf-8');
    }
    const relative = normalize(decoded).replace(/^[/\\]+/, '');
    const file = join(options.staticDir, relative);
    if (!file.startsWith(options.staticDir + sep) || relative.split(/[/\\]/).includes('..')) {
      return send(response, 404, 'not found', 'text/plain; charset=utf-8');
    }
    try {
      send(response, 200, await readFile(file), CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(response, 404, 'not found', 'text/plain; charset=utf-8');
    }
  };

  const server: Server = createServer((request, response) => {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendJson(response, 421, { error: { code: 'not-allowed', message: 'unknown host' } });
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const api = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    const done = api ? handleApi(request, response, api[1] ?? '') : handleStatic(response, pathname);
    done.catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: { code: 'internal', message: 'internal error' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
