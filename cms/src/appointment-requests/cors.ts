import { INTAKE_PATH } from './settings';

/** The router matches paths case-insensitively and with or without a trailing slash; so does this. */
export function isIntakePath(path: string): boolean {
  return path.toLowerCase().replace(/\/+$/, '') === INTAKE_PATH;
}
