import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The dashboard's files, listed once at start-up. Only listed paths are served, so no request
 * path (`..`, encoded slashes) can reach outside the folder. A missing folder serves nothing
 * (the API works without the page).
 */
export function listDashboardFiles(root: string): Set<string> {
  const files = new Set<string>();
  if (!existsSync(root)) return files;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.add(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files;
}

/**
 * Browser libraries the page imports, served from node_modules under `/dashboard/vendor/…`
 * (no CDN: one origin, one CSP, the version pinned in package.json). Resolved once at start-up.
 */
const VENDOR_MODULES: Readonly<Record<string, string>> = {
  'vendor/a11y-dialog.js': 'a11y-dialog/dist/a11y-dialog.esm.min.js',
};

export function resolveVendorFiles(): Map<string, string> {
  return new Map(Object.entries(VENDOR_MODULES).map(([served, module]) => [served, require.resolve(module)]));
}
