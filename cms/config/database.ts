import type { Core } from '@strapi/strapi';
import path from 'node:path';

/** SQLite file by default; PostgreSQL when DATABASE_CLIENT=postgres (with DATABASE_URL). */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}".`);
  }
  // dist/config/database.js → cms/ ; an absolute DATABASE_FILENAME is used as is.
  const cmsDir = path.resolve(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(cmsDir, env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};
