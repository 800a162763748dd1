import http from 'node:http';
import type { Logger } from './log';
import { refuseMalformedHttp, requestPath } from './request-target';
import type { BuildOutcome, ContentReport } from './builder';
import { failedEntryFrom, type FailedEntry } from './failure';
import { BuildScheduler, type SchedulerState, type Timers } from './scheduler';
import { RecentKeys, SECRET_HEADER, decideOnWebhook, secretMatches } from './webhook';

export type RebuildServiceOptions = {
  secret: string;
  maxBodyBytes: number;
  debounceMs: number;
  maxWaitMs: number;
  /** Builds and deploys (local mode) or forwards to CI (dispatch mode). */
  build: (trigger: { events: number; reasons: string[] }) => Promise<BuildOutcome>;
  liveRelease: () => string | null;
  logger: Logger;
  timers?: Timers;
};

/** A failed build, with the entry its reason names (so the CMS admin can point the editor at it). */
export type FailedBuild = Extract<BuildOutcome, { ok: false }> & { failedEntry: FailedEntry | null };

/** The latest build's content report, with the build it describes and whether that build went live. */
export type LatestContentReport = ContentReport & { build: { id: string; deployed: boolean; finishedAt: string } };

export type RebuildStatus = {
  live: { id: string | null; builtAt: string | null };
  lastSuccess: BuildOutcome | null;
  lastFailure: FailedBuild | null;
  /** The content report of the latest build that wrote one (site build, "The content report" in the README). */
  contentReport: LatestContentReport | null;
  queue: SchedulerState;
  builds: { succeeded: number; failed: number };
};

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new RequestError(413, `Body of ${declared} bytes is over the ${limit}-byte limit.`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new RequestError(413, `Body is over the ${limit}-byte limit.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function reply(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  response.end(text);
}

/** The rebuild service: Strapi's webhook in, coalesced builds out, status for the engineer on call. */
export function createRebuildService(options: RebuildServiceOptions) {
  const seen = new RecentKeys();
  const outcomes = {
    lastSuccess: null as BuildOutcome | null,
    lastFailure: null as FailedBuild | null,
    contentReport: null as LatestContentReport | null,
    succeeded: 0,
    failed: 0,
  };
  const { logger } = options;

  const scheduler = new BuildScheduler({
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
    timers: options.timers,
    build: async (trigger) => {
      let outcome: BuildOutcome;
      try {
        // The report is kept once, under contentReport, not in lastSuccess or lastFailure too.
        const { contentReport, ...built } = await options.build(trigger);
        outcome = built;
        if (contentReport) outcomes.contentReport = { ...contentReport, build: { id: built.id, deployed: built.ok, finishedAt: built.finishedAt } };
      } catch (error) {
        const now = new Date().toISOString();
        outcome = { ok: false, id: 'none', startedAt: now, finishedAt: now, durationMs: 0, reason: (error as Error).message };
      }
      if (outcome.ok) {
        outcomes.lastSuccess = outcome;
        outcomes.succeeded += 1;
        logger.info('build succeeded', { id: outcome.id, durationMs: outcome.durationMs, events: trigger.events });
      } else {
        const failedEntry = failedEntryFrom(outcome.reason);
        outcomes.lastFailure = { ...outcome, failedEntry };
        outcomes.failed += 1;
        logger.error('build failed; the live site is unchanged', { id: outcome.id, durationMs: outcome.durationMs, reason: outcome.reason, failedEntry });
      }
      return outcome;
    },
  });

  function status(): RebuildStatus {
    const liveId = options.liveRelease();
    const builtAt = liveId && outcomes.lastSuccess?.id === liveId ? outcomes.lastSuccess.finishedAt : null;
    return {
      live: { id: liveId, builtAt },
      lastSuccess: outcomes.lastSuccess,
      lastFailure: outcomes.lastFailure,
      contentReport: outcomes.contentReport,
      queue: scheduler.state(),
      builds: { succeeded: outcomes.succeeded, failed: outcomes.failed },
    };
  }

  async function handleWebhook(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const provided = request.headers[SECRET_HEADER];
    if (!secretMatches(Array.isArray(provided) ? provided[0] : provided, options.secret)) {
      logger.warn('webhook refused: wrong or missing secret', { remote: request.socket.remoteAddress });
      request.resume();
      reply(response, 401, { error: `Missing or wrong ${SECRET_HEADER} header.` });
      return;
    }
    const raw = await readBody(request, options.maxBodyBytes);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new RequestError(400, 'Body is not valid JSON.');
    }
    const decision = decideOnWebhook(body, seen);
    if (decision.action === 'ignore') {
      logger.info('webhook ignored', { event: decision.event, reason: decision.reason });
      reply(response, 200, { accepted: false, reason: decision.reason });
      return;
    }
    seen.add(decision.key);
    scheduler.request(decision.summary);
    logger.info('webhook accepted', { event: decision.event, change: decision.summary, queue: scheduler.state() });
    reply(response, 202, { accepted: true, queue: scheduler.state() });
  }

  const server = http.createServer((request, response) => {
    // Everything inside the promise: a throw here (a malformed path, a bug) answers this request, never
    // reaches the process (which in `npm start` also serves the site).
    const handle = async () => {
      const requested = requestPath(request.url ?? '/');
      if (!requested.ok) {
        logger.warn('request refused', { status: 400, reason: requested.reason, target: request.url });
        throw new RequestError(400, `Bad request: ${requested.reason}.`);
      }
      const { pathname } = requested;
      const route = `${request.method} ${pathname}`;
      if (route === 'POST /hooks/strapi') return handleWebhook(request, response);
      if (route === 'GET /status') return reply(response, 200, status());
      if (pathname === '/hooks/strapi' || pathname === '/status') throw new RequestError(405, `${request.method} is not allowed on ${pathname}.`);
      throw new RequestError(404, `No route ${pathname}. Try POST /hooks/strapi or GET /status.`);
    };
    handle().catch((error: unknown) => {
      const status = error instanceof RequestError ? error.status : 500;
      if (status === 500) logger.error('request failed', { method: request.method, target: request.url, error: String(error) });
      if (response.headersSent) response.destroy();
      else reply(response, status, { error: (error as Error).message });
    });
  });
  refuseMalformedHttp(server, logger);

  return { server, scheduler, status };
}
