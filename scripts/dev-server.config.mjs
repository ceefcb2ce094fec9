// `npm start`: the installed dev server (wds) on the repo root, so the demo loads ../dist/ as a site
// would; / and /demo go to /demo/, where its relative links resolve. PORT changes the port.
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT || 8000);

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  port,
  middleware: [(ctx, next) => (['/', '/demo'].includes(ctx.path) ? ctx.redirect('/demo/') : next())],
  plugins: [
    {
      name: 'demo-url',
      serverStart: () =>
        console.log(
          `Demo:         http://localhost:${port}/demo/\nData builder: http://localhost:${port}/dist/builder.html\n`,
        ),
    },
  ],
};
