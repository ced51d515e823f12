/** Serves the built UI's files, and nothing outside its folder. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export interface StaticFile {
  contentType: string;
  content: Buffer;
  immutable: boolean;
}

/** The file a URL path names under root, or undefined; `/` is index.html. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = normalize(decoded === '/' ? '/index.html' : decoded);
  const path = join(root, relative);
  if (decoded.includes('\0') || !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return undefined;
  }
  try {
    if (!(await stat(path)).isFile()) {
      return undefined;
    }
    return {
      contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      content: await readFile(path),
      // Vite names built assets by their content's hash
      immutable: relative.startsWith(`${sep}assets${sep}`),
    };
  } catch {
    return undefined;
  }
}
