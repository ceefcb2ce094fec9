// The bench's pages come from the installed dev server, as `npm start` serves them: the repo root (the
// demo, dist/), and the generated pages and data written to .bench/run/. It sends files as they are on
// disk, with Content-Length, so the widget's 4 MB limit on data files applies as in production.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = join(ROOT, '.bench');
export const RUN_DIR = join(OUT_DIR, 'run');
export const RUN_PATH = '/.bench/run';

/**
 * Serves on a free port. The bundle comes from the copy in RUN_DIR taken when the bench starts, so a
 * rebuild during the bench cannot mix two versions.
 */
export async function startServer() {
  const snapshot = (ctx, next) => {
    if (ctx.path === '/dist/gov-service-widgets.js') ctx.path = `${RUN_PATH}/gov-service-widgets.js`;
    return next();
  };
  const server = await startDevServer({
    config: { rootDir: ROOT, port: 0, disableFileWatcher: true, middleware: [snapshot] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return { server, origin: `http://127.0.0.1:${server.server.address().port}` };
}
