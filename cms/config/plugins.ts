import type { Core } from '@strapi/strapi';
import { ACTIVE_CONTENT_TYPES, MEDIA_TYPES } from '../src/media-library/file-types';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
  upload: {
    config: {
      // The media library takes images and PDFs only: a file a browser can run (HTML, SVG,
      // JavaScript, XML), served from the CMS's address, could act as a signed-in care coordinator
      // and read appointment requests. Strapi checks the declared type, the name's type and the
      // detected content against these; src/extensions/upload/ adds a check of the content itself.
      security: {
        allowedTypes: MEDIA_TYPES.map((type) => type.contentType),
        deniedTypes: [...ACTIVE_CONTENT_TYPES],
      },
    },
  },
});
