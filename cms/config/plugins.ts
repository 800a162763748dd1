import type { Core } from '@strapi/strapi';
import { ACTIVE_CONTENT_TYPES, MEDIA_TYPES } from '../src/media-library/file-types';
import { emailPluginConfig, emailSettings } from '../src/medical-reviews/email-settings';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  // The review reminders' e-mail: through SMTP when SMTP_HOST is set; without it Strapi keeps its
  // default provider, which nothing calls (the reminders are written to the log instead).
  const email = emailPluginConfig(emailSettings(process.env));
  return {
    ...(email ? { email: { config: email } } : {}),
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
  };
};
