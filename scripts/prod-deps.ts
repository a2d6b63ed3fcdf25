/**
 * The production dependencies, offline: every package reachable from package.json's
 * "dependencies" through package-lock.json (their dependencies, optional and peer
 * dependencies, resolved the way Node resolves them: nearest node_modules first), as
 * "name@version". `npm audit` needs the registry's advisories endpoint, which the build
 * machines cannot reach; this list changes only on purpose, so a new or upgraded package in
 * the Worker is seen in review.
 *
 *   node --experimental-strip-types scripts/prod-deps.ts          # compare with security/prod-deps.json
 *   node --experimental-strip-types scripts/prod-deps.ts --write  # accept the current lockfile
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ALLOWLIST = join(ROOT, 'security/prod-deps.json');

interface LockPackage {
  version?: string;
  link?: boolean;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
}

/** The lockfile path that `name`, required from the package at `from`, resolves to. */
function resolve(packages: Lockfile['packages'], from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Sorted "name@version" of every package reachable from the root's "dependencies". */
export function productionDependencies(lock: Lockfile): string[] {
  if (lock.lockfileVersion < 2) throw new Error('package-lock.json v2 or newer needed (the "packages" map)');
  const { packages } = lock;
  const root = packages[''] ?? {};
  const seen = new Set<string>();
  const queue: [string, string, boolean][] = Object.keys(root.dependencies ?? {}).map((n) => ['', n, false]);
  while (queue.length) {
    const [from, name, optional] = queue.shift()!;
    let path = resolve(packages, from, name);
    if (!path) {
      if (optional) continue; // an optional or optional-peer dependency not installed (other platform)
      throw new Error(`${name} (needed by ${from || 'package.json'}) is not in package-lock.json`);
    }
    if (packages[path]!.link && packages[path]!.resolved) path = packages[path]!.resolved!;
    if (seen.has(path)) continue;
    seen.add(path);
    const p = packages[path]!;
    for (const n of Object.keys(p.dependencies ?? {})) queue.push([path, n, false]);
    for (const n of Object.keys(p.optionalDependencies ?? {})) queue.push([path, n, true]);
    for (const n of Object.keys(p.peerDependencies ?? {})) queue.push([path, n, true]);
  }
  return [...new Set([...seen].map((path) => `${nameOf(path)}@${packages[path]!.version}`))].sort();
}

export function readLock(): Lockfile {
  return JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
}

export function readAllowlist(): string[] {
  return (JSON.parse(readFileSync(ALLOWLIST, 'utf8')) as { packages: string[] }).packages;
}

/** What the lockfile has that the allowlist does not, and the reverse. */
export function compare(current: string[], allowed: string[]): { added: string[]; removed: string[] } {
  const a = new Set(allowed);
  const c = new Set(current);
  return { added: current.filter((x) => !a.has(x)), removed: allowed.filter((x) => !c.has(x)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = productionDependencies(readLock());
  if (process.argv.includes('--write')) {
    const note = 'Production dependencies (reachable from package.json "dependencies" in package-lock.json). Regenerate on purpose with: node --experimental-strip-types scripts/prod-deps.ts --write, after checking each change (changelog, advisories: https://github.com/advisories).';
    writeFileSync(ALLOWLIST, JSON.stringify({ note, count: current.length, packages: current }, null, 2) + '\n');
    console.log(`security/prod-deps.json: ${current.length} packages`);
  } else {
    const { added, removed } = compare(current, readAllowlist());
    for (const x of added) console.log(`+ ${x}`);
    for (const x of removed) console.log(`- ${x}`);
    console.log(`${current.length} production packages; ${added.length} not in the allowlist, ${removed.length} no longer used`);
    process.exitCode = added.length || removed.length ? 1 : 0;
  }
}
