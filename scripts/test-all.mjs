#!/usr/bin/env node
// `npm test`: every suite in order, then one line summing them all for people and CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
mkdirSync('test-results', { recursive: true });

function run(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(
    `◀ ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
}

/** A check that is one pass or one fail (typecheck, lint, build). */
function check(name, command, args) {
  const ok = run(name, command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** A suite whose runner writes a JSON report we can count from. */
function suite(name, command, args, report, count) {
  rmSync(report, { force: true });
  const ok = run(name, command, args);
  if (!existsSync(report)) {
    results.push({ name, passed: 0, failed: 1, note: 'no report: the runner did not start' });
    return;
  }
  const counted = count(JSON.parse(readFileSync(report, 'utf8')));
  // A runner that failed without a failing test (crash, no tests found) still counts as a failure.
  if (!ok && counted.failed === 0) counted.failed = 1;
  results.push({ name, ...counted });
}

/** Playwright's JSON report: the title path of every spec that did not end as expected. */
function failedSpecs(suites, path = []) {
  return suites.flatMap((s) => [
    ...(s.specs ?? []).filter((spec) => !spec.ok).map((spec) => [...path, s.title, spec.title].join(' › ')),
    ...failedSpecs(s.suites ?? [], [...path, s.title]),
  ]);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
check('typecheck', npx, ['tsc', '-b']);
check('lint', npx, ['eslint', '.', '--max-warnings=0']);
check('format', npx, ['prettier', '--check', '.']);
suite(
  'unit',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (r) => ({
    passed: r.numPassedTests,
    failed:
      r.numFailedTests +
      (r.numTotalTestSuites > 0 && r.testResults.some((f) => f.status === 'failed' && f.assertionResults.length === 0)
        ? 1
        : 0),
    names: r.testResults.flatMap((f) =>
      f.assertionResults.length === 0 && f.status === 'failed'
        ? [`${f.name}: ${String(f.message).split('\n')[0]}`]
        : f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${f.name} › ${a.fullName}`),
    ),
  }),
);
if (check('build', npx, ['electron-vite', 'build'])) {
  // Over main/ and the build output: HIGH/MEDIUM findings at FIRM/CERTAIN, each explained in docs/security.md.
  check('electronegativity', process.execPath, ['scripts/electronegativity.mjs']);
  // electron-builder --linux --dir over out/ and the real config: sharp unpacked, no tests or sources.
  check('package', process.execPath, ['scripts/package-check.mjs']);
  suite('e2e', npx, ['playwright', 'test'], 'test-results/e2e.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    names: failedSpecs(r.suites ?? []),
  }));
} else {
  results.push({ name: 'e2e', passed: 0, failed: 1, note: 'not run: the build failed' });
}

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
  // Named here as well as in the runner's own output, which a log's tail may have cut off.
  for (const name of r.names ?? []) console.log(`    ✗ ${name}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
