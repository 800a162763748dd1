import { z } from 'zod';
import { entryMetaShape, usPhoneSchema } from './common.js';
import { seoSchema } from './components.js';

/** api::site-setting.site-setting (single type) with siteSettingsPopulate: used on every page. */
export const siteSettingsSchema = z.object({
  ...entryMetaShape,
  organizationName: z.string(),
  appointmentPhone: usPhoneSchema,
  appointmentPageText: z.string(),
  secondOpinionPageText: z.string(),
  emergencyNote: z.string(),
  footerText: z.string(),
  defaultSeo: seoSchema,
  showDemoNotice: z.boolean(),
  demoNotice: z.string().nullable(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
