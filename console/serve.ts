/**
 * Serves the built console (console/dist) at /console from the API process: same origin, so the same bearer tokens,
 * and a strict Content-Security-Policy of its own — scripts, styles, fonts and API calls from this origin only, no
 * inline script, no framing. The pages themselves are public (they hold no data); every datum comes from the API,
 * which checks the token. `/console/config.json` tells the page where the Temporal Web UI is, if anywhere.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import helmet from 'helmet';
import { ProblemError } from '../api/problem';
import type { Config } from '../lib/config';
import { CONSOLE_DIST, ensureConsoleBuilt } from './build';

/** What the page learns about its surroundings. */
export interface ConsoleConfig {
  /** The Temporal Web UI: a full base URL, or a port on the page's own host (the dev server's), or none. */
  temporalUi: { url: string } | { port: number } | null;
  namespace: string;
}

export function consoleConfig(config: Config): ConsoleConfig {
  return {
    // The Web UI of the Temporal `npm start` runs (the dev server's, or the production topology's); none is known for
    // a Temporal at TEMPORAL_ADDRESS.
    temporalUi: config.temporal.external
      ? null
      : {
          port:
            config.temporal.topology === 'production'
              ? config.temporal.server.uiPort
              : config.temporal.devServer.uiPort,
        },
    namespace: config.temporal.namespace,
  };
}

export function consoleRouter(config: Config, dist = CONSOLE_DIST): Router {
  const router = express.Router();
  router.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'font-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
        },
      },
      // An office network may serve the console over plain HTTP: never ask the browser to upgrade what it loads.
      strictTransportSecurity: false,
    }),
  );
  const settings = consoleConfig(config);
  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(settings);
  });
  router.use(
    express.static(dist, {
      index: 'index.html',
      redirect: true,
      dotfiles: 'ignore',
      setHeaders: (res, file) => {
        // Fonts never change under a name; the page and its bundle are checked on every load.
        res.setHeader('Cache-Control', file.includes(`${path.sep}fonts${path.sep}`) ? 'max-age=31536000' : 'no-cache');
      },
    }),
  );
  // A process started without `npm start` (a container running api/main.ts) builds the console once, on the first
  // request that finds it missing; where it cannot (a read-only image), the answer says how.
  let building: Promise<boolean> | undefined;
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || existsSync(path.join(dist, 'index.html'))) return next();
    building ??= ensureConsoleBuilt().then(
      () => true,
      () => false,
    );
    void building.then((built) => {
      if (built && existsSync(path.join(dist, 'index.html'))) return res.redirect(302, req.originalUrl);
      building = undefined;
      next(
        new ProblemError('dependency-unavailable', 'the console is not built: run `npm run console:build`', {}, 503),
      );
    });
  });
  return router;
}
