import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The built web app: web/dist beside src/ (in a checkout) or dist/ (when compiled). */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web/dist', import.meta.url));
}

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Vite puts a content hash in every name under assets/, so those never change. */
  immutable: boolean;
}

/** A file of the built app by URL path, never outside its folder; null when there is none. */
export function readStatic(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(full) || !statSync(full).isFile()) return null;
  return {
    body: readFileSync(full),
    type: TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream',
    immutable: decoded.startsWith('/assets/'),
  };
}

/** Scripts, styles and icons hold no data, so they are served without the secret. */
export function isPublicAsset(path: string): boolean {
  return path.startsWith('/assets/') || path === '/favicon.svg' || path === '/robots.txt';
}
