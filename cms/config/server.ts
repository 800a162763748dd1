import type { Core } from '@strapi/strapi';
import { proxySettings } from '../src/appointment-requests/settings';
import { assertProductionSecrets } from '../src/config/secrets';
import { DEFAULTS } from '../src/config/defaults';
import cronTasks from './cron-tasks';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  assertProductionSecrets(process.env);
  const { proxied, trustedProxyHops } = proxySettings(process.env);
  return {
    host: env('HOST', DEFAULTS.host),
    port: env.int('PORT', DEFAULTS.port),
    url: env('PUBLIC_URL', ''),
    // Strapi 5 reads server.proxy.koa: trust X-Forwarded-* (client address, https) only behind a proxy
    // (IS_PROXIED). maxIpsCount: ctx.ip is the address the trusted proxies saw (TRUSTED_PROXY_HOPS from
    // the right of X-Forwarded-For), not the first entry, which the client chooses.
    proxy: { koa: proxied, maxIpsCount: trustedProxyHops },
    cron: { enabled: true, tasks: cronTasks },
    // No remote data transfer: a transfer token pulls every table, appointment requests included,
    // and no API token may ever read those. Backups: `strapi export` on the server, or the database's own.
    transfer: { remote: { enabled: false } },
    logger: {
      updates: { enabled: false },
    },
    // Uploaded media live under <public>/uploads; tests and containers point this elsewhere.
    dirs: {
      public: env('PUBLIC_DIR', './public'),
    },
    app: {
      keys: env.array('APP_KEYS'),
    },
  };
};
