// Small helpers shared by the spec tool scripts: a JSON-pointer resolver for the bundled document, a free
// port, starting Prism and waiting until it listens, and stopping it again.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const toolsDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Follows local `$ref`s (`#/components/...`) until a node without one. */
export function deref(document, node) {
  let current = node;
  for (let depth = 0; current && current.$ref && depth < 16; depth++) {
    const pointer = current.$ref.replace(/^#\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = pointer.reduce((n, key) => (n == null ? undefined : n[key]), document);
    if (current === undefined) throw new Error(`unresolvable $ref ${node.$ref}`);
  }
  return current;
}

/** Every operation of the document: `{ method, path, operation, parameters }`, parameters dereferenced. */
export function operations(document) {
  const out = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters || []), ...(operation.parameters || [])].map((p) => deref(document, p));
      out.push({ method, path, operation, parameters });
    }
  }
  return out;
}

/** The port to use: `$PORT_ENV` when set (a fixed port in a reserved range), otherwise one the OS says is free. */
export async function choosePort(envName) {
  if (process.env[envName]) return Number(process.env[envName]);
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => { socket.destroy(); resolve(true); });
    socket.on('error', () => resolve(false));
  });
}

/** Waits until something listens on the port; fails after `timeoutMs` or when `child` exits first. */
export async function waitForPort(port, child, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before listening on ${port}`);
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/** Starts `prism <args>` from this project's node_modules; its output goes to `log` (an array of lines). */
export function startPrism(args, log) {
  const bin = join(toolsDir, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => log.push(...chunk.split('\n').filter(Boolean)));
  }
  return child;
}

export async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** A request path with the path parameters replaced by their documented examples. */
export function concretePath(path, parameters) {
  return path.replace(/\{([^}]+)\}/g, (_, name) => {
    const p = parameters.find((x) => x.in === 'path' && x.name === name);
    // a single example, or named ones (named after the operation's response examples): any of them serves
    const named = p && p.examples ? Object.values(p.examples).map((e) => e.value).filter((v) => v !== undefined) : [];
    const example = p && p.example !== undefined ? p.example : named[0];
    if (example === undefined) throw new Error(`path parameter ${name} of ${path} has no example`);
    return encodeURIComponent(String(example));
  });
}
