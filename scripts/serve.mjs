// `npm start`: a tiny static server for the repo root (/demo/, /dist/, /data/). No dependencies.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, fileFor } from './static-files.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT || 8000);
const host = process.env.HOST || '127.0.0.1';

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text);
}

const server = createServer(async (req, res) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return send(res, 400, 'Bad request');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  if (urlPath === '/') return send(res, 302, 'Redirecting to /demo/', { Location: '/demo/' });

  const found = await fileFor(root, urlPath);
  if (!found) return send(res, 404, 'Not found');
  const { file, size } = found;
  // A directory without a trailing slash: redirect so relative links in index.html resolve.
  if (file.endsWith(`${sep}index.html`) && !urlPath.endsWith('/') && !urlPath.endsWith('index.html')) {
    return send(res, 301, 'Moved', { Location: `${urlPath}/` });
  }

  res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': size, 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
});

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE') {
    console.error(`Port ${port} is already in use. Try another one:  PORT=8081 npm start`);
  } else {
    console.error(`Could not start the server: ${err.message}`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`Demo: http://localhost:${port}/demo/`);
});
