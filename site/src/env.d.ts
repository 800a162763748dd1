interface ImportMetaEnv {
  /** True in the draft preview server's build (SITE_BUILD=preview, astro.config.mjs): pages read the request's draft content. */
  readonly PREVIEW: boolean;
}
