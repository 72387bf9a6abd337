// `npm test`: typecheck, lint, vitest, renderer build, Playwright — every stage runs even when an
// earlier one failed, so one run shows everything that is wrong. Ends with the line CI reads:
// "N passed, N failed" (test cases from both runners' JSON reports, plus typecheck and lint as one check each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = `${root}/test-results`;
mkdirSync(results, { recursive: true });
for (const file of ['vitest.json', 'playwright.json']) rmSync(`${results}/${file}`, { force: true });

function stage(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const status = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;
  console.log(
    `=== ${name}: ${status === 0 ? 'ok' : `FAILED (exit ${String(status)})`} in ${((Date.now() - started) / 1000).toFixed(0)} s ===`,
  );
  return status === 0;
}

let passed = 0;
let failed = 0;
const failures = [];
const check = (name, ok) => {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
};

check('typecheck', stage('typecheck', npm, ['run', '-s', 'typecheck']));
check('lint', stage('lint', npm, ['run', '-s', 'lint']));
check('format', stage('format (prettier --check)', npm, ['run', '-s', 'format:check']));

const unitOk = stage('vitest', npx, ['vitest', 'run'], { NO_COLOR: '1' });
const built = stage('build renderer', npm, ['run', '-s', 'build:renderer']);
const e2eOk = built && stage('playwright', npx, ['playwright', 'test']);
if (!built) check('build renderer', false);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = readJson(`${results}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numFailedTests > 0) failures.push(`${String(vitest.numFailedTests)} vitest test(s)`);
} else check('vitest (no report)', false);
if (!unitOk && vitest && vitest.numFailedTests === 0) check('vitest (runner failed)', false);

const playwright = existsSync(`${results}/playwright.json`) ? readJson(`${results}/playwright.json`) : null;
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  if (playwright.stats.unexpected > 0) failures.push(`${String(playwright.stats.unexpected)} Playwright test(s)`);
} else if (built) check('playwright (no report)', false);
if (built && !e2eOk && playwright && playwright.stats.unexpected === 0) check('playwright (runner failed)', false);

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${String(passed)} passed, ${String(failed)} failed`);
process.exit(failed === 0 ? 0 : 1);
