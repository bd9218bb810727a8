#!/usr/bin/env node
// `npm run bench`: every benchmark under tests/bench/, each printing
// `BENCH <name> <value> <unit> ratio=<value/reference> ref=<reference name>` lines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const benches = readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
if (benches.length === 0) console.log('No benchmarks yet.');
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const { status } = spawnSync('npx', ['tsx', `tests/bench/${file}`], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
