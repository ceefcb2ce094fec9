// What the demo server and the benchmark's server share: content types, and finding a file
// under a root without ever leaving it.
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentType = (file) => TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file a URL path names under `root` (a directory means its index.html), or null. */
export async function fileFor(root, urlPath) {
  if (urlPath.includes('\0')) return null;
  const file = resolve(join(root, urlPath));
  if (file !== root && !file.startsWith(root + sep)) return null; // path traversal
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file, size: info.size };
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    return indexInfo?.isFile() ? { file: index, size: indexInfo.size } : null;
  }
  return null;
}
