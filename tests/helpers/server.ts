/**
 * A static file server for a built site, like a real host: clean URLs (`/drugs/tofersen` and
 * `/drugs/tofersen/` both serve `drugs/tofersen/index.html`), `404.html` for unknown paths, and
 * `Service-Worker-Allowed` semantics of a plain host. Listens on 127.0.0.1 on a free port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
};

export interface StaticServer {
  url: string;
  /** Serves a different folder from now on (to simulate a deploy). */
  setRoot(root: string): void;
  /** With `false`, every request fails at the network level, as with no connection. */
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

async function findFile(root: string, urlPath: string): Promise<string | undefined> {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const candidates = clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root)) continue;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

export async function startStaticServer(initialRoot: string): Promise<StaticServer> {
  let root = path.resolve(initialRoot);
  let online = true;
  const respond = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!online) {
      request.socket.destroy();
      return;
    }
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const file = await findFile(root, url.pathname);
      const status = file ? 200 : 404;
      const target = file ?? path.join(root, "404.html");
      const body = await readFile(target).catch(() => Buffer.from("Not found"));
      response.writeHead(status, {
        "Content-Type": contentTypes[path.extname(target)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch (error) {
      response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(String(error));
    }
  };
  // Node does not wait for a handler's promise; respond() answers every failure itself.
  const server: Server = createServer((request, response) => void respond(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot: (next) => {
      root = path.resolve(next);
    },
    setOnline: (next) => {
      online = next;
      if (!next) server.closeAllConnections();
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
