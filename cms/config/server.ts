import { assertProductionSecrets } from '../src/config/secrets';

export default ({ env }) => {
  assertProductionSecrets(process.env);
  return {
    host: env('HOST', '127.0.0.1'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    proxy: env.bool('IS_PROXIED', false),
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
