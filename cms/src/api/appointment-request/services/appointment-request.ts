import type { Core, Modules } from '@strapi/strapi';
import { IntakeRateLimit } from '../../../appointment-requests/rate-limit';
import { APPOINTMENT_REQUEST_UID, intakeSettings, type IntakeSettings } from '../../../appointment-requests/settings';
import { DEFAULT_LOCALE, type AppointmentRequestData, type LocaleCode } from '@mbc/shared';
import type { SiteContact } from '../../../appointment-requests/http';

export type AppointmentIntake = {
  settings: IntakeSettings;
  rateLimit: IntakeRateLimit;
  locationSlugs(): Promise<string[]>;
  /** The site's contact details in a language (its site settings' version in it, else the default locale's). */
  siteContact(language?: LocaleCode): Promise<SiteContact>;
  store(data: AppointmentRequestData, submittedAt: Date, flags: { sentUnusuallyFast: boolean }): Promise<{ documentId: string }>;
};

/** The intake's state (settings, the per-address counts) and its few reads and one write. */
export default ({ strapi }: { strapi: Core.Strapi }): AppointmentIntake => {
  const settings = intakeSettings(process.env);
  if (process.env.NODE_ENV === 'production' && !process.env.SITE_URL) {
    strapi.log.warn(
      `SITE_URL is not set: the appointment form is allowed only from ${settings.siteOrigin} and form posts are sent back to ${settings.siteUrl}. Set SITE_URL to the site's public address.`,
    );
  }
  return {
    settings,
    rateLimit: new IntakeRateLimit({ acceptedPerHour: settings.rateLimitPerHour, refusedPerHour: settings.refusedLimitPerHour }),

    /** The clinics a person may choose: published locations, by slug (every language shares a clinic's slug). */
    async locationSlugs() {
      const rows = await strapi.db.query('api::location.location').findMany({ select: ['slug'], where: { publishedAt: { $notNull: true }, locale: DEFAULT_LOCALE } });
      return rows.map((row: { slug: string }) => row.slug);
    },

    async siteContact(language = DEFAULT_LOCALE) {
      type Settings = { appointmentPhone?: string; organizationName?: string; emergencyNote?: string };
      const inLocale = async (locale: string) =>
        (await strapi.db.query('api::site-setting.site-setting').findOne({
          select: ['appointmentPhone', 'organizationName', 'emergencyNote'],
          where: { publishedAt: { $notNull: true }, locale },
        })) as Settings | null;
      const settingsEntry = (await inLocale(language)) ?? (language === DEFAULT_LOCALE ? null : await inLocale(DEFAULT_LOCALE));
      return {
        phone: settingsEntry?.appointmentPhone ?? null,
        organizationName: settingsEntry?.organizationName ?? null,
        emergencyNote: settingsEntry?.emergencyNote ?? null,
      };
    },

    async store(data, submittedAt, { sentUnusuallyFast }) {
      const created = await strapi.documents(APPOINTMENT_REQUEST_UID).create({
        data: { ...data, submittedAt: submittedAt.toISOString(), requestStatus: 'new', sentUnusuallyFast } as Modules.Documents.Params.Data.Input<
          typeof APPOINTMENT_REQUEST_UID
        >, // validateAppointmentRequest checked the enumerations; the shared type keeps them as strings
      });
      return { documentId: created.documentId };
    },
  };
};
