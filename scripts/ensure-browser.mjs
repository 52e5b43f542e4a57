#!/usr/bin/env node
/**
 * Makes sure the e2e tests have a Chromium, and says which one in one line.
 *
 * 1. `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`, when it exists: done.
 * 2. Else, as root with apt-get: install Debian's `chromium` and a font (machines whose network reaches
 *    only the package registries cannot download Playwright's own browser).
 * 3. Else: `npx playwright install chromium` (Playwright's own build, where downloading it is allowed).
 *
 * playwright.config.ts makes the same choice: CHROMIUM_PATH or /usr/bin/chromium, else Playwright's.
 * No dependencies beyond Node, so that CI can run it before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const tag = 'ensure-browser:';

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's own version line, or '' when it does not answer quickly. @param {string} path */
function versionOf(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const line = (result.stdout ?? '').split('\n').find((l) => /\d+\.\d+/.test(l)) ?? '';
  return line.trim();
}

/** @param {string} path @param {string} what */
function done(path, what) {
  const version = versionOf(path);
  console.log(`${tag} e2e tests will use ${what} at ${path}${version ? ` (${version})` : ''}`);
  process.exit(0);
}

/** @param {string} message */
function fail(message) {
  console.error(`${tag} ${message}`);
  process.exit(1);
}

/** Runs a command with its output shown; true when it exited 0. @param {string} cmd @param {string[]} args */
function run(cmd, args, env = process.env) {
  console.log(`${tag} $ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  return result.status === 0;
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (isExecutable(fromEnv)) done(fromEnv, 'CHROMIUM_PATH');
  fail(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file. Fix or unset it.`);
}
if (isExecutable(DEBIAN_CHROMIUM)) done(DEBIAN_CHROMIUM, "Debian's chromium");

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`${tag} no Chromium found; installing Debian's chromium with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const installed =
    run('apt-get', ['update'], env) &&
    run('apt-get', ['install', '-y', '-o', 'Dpkg::Use-Pty=0', 'chromium', 'fonts-dejavu-core'], env);
  if (installed && isExecutable(DEBIAN_CHROMIUM)) done(DEBIAN_CHROMIUM, "Debian's chromium (just installed)");
  console.error(`${tag} apt-get did not leave a working ${DEBIAN_CHROMIUM}`);
}

console.log(`${tag} trying Playwright's own Chromium`);
if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
  console.log(`${tag} e2e tests will use Playwright's own Chromium`);
  process.exit(0);
}
fail(
  "no browser for the e2e tests. Install Debian's chromium (as root: apt-get install -y chromium fonts-dejavu-core), " +
    'set CHROMIUM_PATH to a Chromium binary, or allow `npx playwright install chromium` to download one.',
);
