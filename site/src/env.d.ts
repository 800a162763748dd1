interface ImportMetaEnv {
  /** True in the draft preview server's build (SITE_BUILD=preview, astro.config.mjs): pages read the request's draft content. */
  readonly PREVIEW: boolean;
  /** Where the CMS loader writes each content type's full records (src/lib/cms/records.ts), set by astro.config.mjs; unset in the preview build. */
  readonly CMS_RECORDS_DIR: string | undefined;
  /** The incremental build's render plan (src/lib/incremental/render-plan.ts); unset in dev and the draft preview. */
  readonly RENDER_PLAN_FILE: string | undefined;
}
