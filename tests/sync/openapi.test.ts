import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// Read by its indentation (paths at 2 spaces, methods at 4): the project has no YAML parser of
// its own, and this checks what matters — the contract lists what the adapter calls.
const text = readFileSync(path.resolve(import.meta.dirname, '../../docs/ninjs-http.openapi.yaml'), 'utf8');

function operations(): string[] {
  const found: string[] = [];
  let inPaths = false;
  let current = '';
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inPaths = line.startsWith('paths:');
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    if (inPaths && pathMatch) current = pathMatch[1];
    const method = /^ {4}(get|put|post|delete|patch):\s*$/.exec(line);
    if (inPaths && method) found.push(`${method[1].toUpperCase()} ${current}`);
  }
  return found.sort();
}

it('docs/ninjs-http.openapi.yaml documents every request the ninjs adapter makes', () => {
  expect(text.startsWith('openapi: 3.1.0\n')).toBe(true);
  expect(operations()).toEqual(
    ['GET /health', 'PUT /pictures/{name}', 'POST /items', 'GET /items/{id}', 'PUT /items/{id}'].sort(),
  );
  for (const phrase of ['Idempotency-Key', 'If-Match', "'409'", "'412'", 'Retry-After', 'Idempotent-Replayed']) {
    expect(text).toContain(phrase);
  }
});
