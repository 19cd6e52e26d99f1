/**
 * Small HTTP servers on 127.0.0.1 that stand in for service instances and the
 * auth verifier in live gateway tests. Each answers with JSON naming itself
 * and the request it saw, and counts its hits.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
}

export interface Backend {
  name: string;
  port: number;
  seen: Seen[];
  close(): Promise<void>;
}

/** The body an instance answers with: the gateway test reads `instance` back. */
export interface EchoBody {
  instance: string;
  method: string;
  path: string;
}

export type Behaviour = (req: IncomingMessage) => { status: number; body?: string } | undefined;

/** Starts one instance. `behaviour` may answer instead of the echo (e.g. always 502). */
export function startBackend(name: string, behaviour?: Behaviour): Promise<Backend> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers });
    req.resume();
    const special = behaviour?.(req);
    if (special) {
      res.writeHead(special.status, { "content-type": "text/plain" });
      res.end(special.body ?? "");
      return;
    }
    const body: EchoBody = { instance: name, method: req.method ?? "", path: req.url ?? "" };
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  // Keep-alive sockets from the gateway would hold close() open.
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        name,
        port,
        seen,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** An auth verifier for nginx's auth_request: 204 for the one accepted bearer token, 401 otherwise. */
export function startVerifier(acceptedToken: string): Promise<Backend> {
  return startBackend("verifier", (req) => (req.headers.authorization === `Bearer ${acceptedToken}` ? { status: 204 } : { status: 401 }));
}

/** A bounded request: gives up after `timeoutMs` rather than hanging the suite. */
export async function request(url: string, init: RequestInit = {}, timeoutMs = 5000): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
