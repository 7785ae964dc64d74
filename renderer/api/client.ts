import { API_METHODS, ApiError, parseOutput, type ApiMethod, type PirdApi } from '../../shared/api';

/** One way to reach the service: Electron IPC through the preload bridge, or HTTP to the browser host. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<unknown>;

/** What the preload script exposes; results come back as data because classes do not cross the bridge. */
export interface PirdBridge {
  invoke(method: string, input: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }>;
}

declare global {
  interface Window {
    pirdBridge?: PirdBridge;
  }
}

const TOKEN_KEY = 'pird-token';

function browserToken(): string {
  const fromHash = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash)?.[1];
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = browserToken();
  return async (method, input) => {
    const response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pird-Token': token },
      body: JSON.stringify(input ?? {}),
    });
    const body = (await response.json().catch(() => ({}))) as { result?: unknown; error?: unknown };
    if (!response.ok || body.error !== undefined) throw ApiError.fromPayload(body.error);
    return body.result;
  };
}

function bridgeTransport(bridge: PirdBridge): Transport {
  return async (method, input) => {
    const answer = await bridge.invoke(method, input);
    if (!answer.ok) throw ApiError.fromPayload(answer.error);
    return answer.value;
  };
}

/** The contract as the UI sees it, whichever door it came through; every answer is validated. */
export function createApiClient(transport: Transport = window.pirdBridge ? bridgeTransport(window.pirdBridge) : httpTransport()): PirdApi {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) client[method] = async (input) => parseOutput(method, await transport(method, input));
  return client as unknown as PirdApi;
}
