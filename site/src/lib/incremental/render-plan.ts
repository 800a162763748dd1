import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Which pages this build renders (the incremental build, integration.ts). Written once per build,
 * at astro:build:start, into the cache dir; the pages' getStaticPaths read it through
 * `import.meta.env.RENDER_PLAN_FILE` (set by the integration) and keep only the planned routes.
 *
 * - full: every page, as a build without a live release always was.
 * - incremental: only `render` (URL paths); every other page of the new release is the live
 *   release's file, hard-linked (merge.ts). Pages without getStaticPaths (the home page, the
 *   lists of one page each, 404) and the finder's files always render: they are few and cheap.
 */
export type RenderPlan =
  | { kind: 'full'; reason: string }
  | { kind: 'incremental'; from: string; render: readonly string[]; remove: readonly string[]; pages: readonly string[] };

export function writeRenderPlan(file: string, plan: RenderPlan): void {
  writeFileSync(file, `${JSON.stringify(plan)}\n`);
}

const plans = new Map<string, RenderPlan>();

export function readRenderPlan(file: string): RenderPlan {
  let plan = plans.get(file);
  if (!plan) {
    try {
      plan = JSON.parse(readFileSync(file, 'utf8')) as RenderPlan;
    } catch (error) {
      throw new Error(`The render plan ${file} could not be read (${(error as Error).message}): the mbc:incremental integration writes it at astro:build:start.`);
    }
    plans.set(file, plan);
  }
  return plan;
}

/**
 * For getStaticPaths: the routes of `routes` this build renders. `pathOf` gives a route's URL path
 * (from `paths`, as the page links to it). The dev server and the draft preview have no plan: all.
 */
export function plannedRoutes<Route>(routes: readonly Route[], pathOf: (route: Route) => string): Route[] {
  const file = import.meta.env.RENDER_PLAN_FILE;
  if (!file) return [...routes];
  const plan = readRenderPlan(file);
  if (plan.kind === 'full') return [...routes];
  const render = new Set(plan.render);
  return routes.filter((route) => render.has(pathOf(route)));
}
