// Prism mock check: starts `prism mock` on the document, requests every named example of every response of
// every operation (Prefer: code=..., example=...), and fails when Prism reports any `sl-violations` (an example
// that does not validate against its own schema, by Prism's standard JSON Schema formats) or answers with an
// unexpected status.
// Usage: node scripts/prism-mock-check.mjs <document.yaml> <bundled-document.json>
// Port: $PRISM_MOCK_PORT, else a free one.
import { choosePort, concretePath, deref, operations, readJson, startPrism, stop, waitForPort } from './lib.mjs';

const [documentFile, bundledFile] = process.argv.slice(2);
if (!documentFile || !bundledFile) {
  console.error('usage: prism-mock-check.mjs <document.yaml> <bundled-document.json>');
  process.exit(2);
}
const document = readJson(bundledFile);
const port = await choosePort('PRISM_MOCK_PORT');
const log = [];
const prism = startPrism(['mock', '--host', '127.0.0.1', '--port', String(port), '--errors', 'false', documentFile], log);
let requests = 0;
const failures = [];
try {
  await waitForPort(port, prism, 60000, 'prism mock');
  for (const { method, path, operation, parameters } of operations(document)) {
    const query = new URLSearchParams();
    const headers = { Authorization: 'Bearer prism-mock-check', Accept: 'application/json' };
    for (const p of parameters.filter((x) => x.required && x.example !== undefined)) {
      if (p.in === 'query') query.set(p.name, String(p.example));
      if (p.in === 'header') headers[p.name] = String(p.example);
    }
    const url = `http://127.0.0.1:${port}${concretePath(path, parameters)}${query.size ? `?${query}` : ''}`;
    for (const [status, responseRef] of Object.entries(operation.responses)) {
      const response = deref(document, responseRef);
      for (const [mediaType, media] of Object.entries(response.content || {})) {
        for (const exampleName of Object.keys(media.examples || {})) {
          requests++;
          const res = await fetch(url, { method: method.toUpperCase(), headers: { ...headers, Accept: mediaType, Prefer: `code=${status}, example=${exampleName}` } });
          await res.arrayBuffer();
          const where = `${operation.operationId} ${status} example '${exampleName}'`;
          const violations = res.headers.get('sl-violations');
          if (violations) failures.push(`${where}: sl-violations ${violations}`);
          if (String(res.status) !== status) failures.push(`${where}: Prism answered ${res.status}`);
        }
      }
    }
  }
} catch (e) {
  failures.push(`check aborted: ${e.message}\n${log.slice(-20).join('\n')}`);
} finally {
  await stop(prism);
}
for (const f of failures) console.error(`FAIL ${f}`);
console.log(`prism mock: ${requests} example responses requested, ${failures.length} with violations or a wrong status`);
process.exit(failures.length === 0 && requests > 0 ? 0 : 1);
