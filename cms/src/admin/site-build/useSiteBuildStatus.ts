import * as React from 'react';
import { useFetchClient } from '@strapi/admin/strapi-admin';
import type { SiteBuildStatus } from '../../api/site-build/status';

/**
 * The site build status from the CMS (GET /site-build/status), asked again after
 * `intervalFor(status)` milliseconds for as long as the component is shown, and at once when
 * `askAgainOn` changes (e.g. the entry was just published).
 */
export function useSiteBuildStatus(intervalFor: (status: SiteBuildStatus | null) => number, askAgainOn?: unknown): SiteBuildStatus | null {
  const { get } = useFetchClient();
  const [status, setStatus] = React.useState<SiteBuildStatus | null>(null);
  const intervalRef = React.useRef(intervalFor);
  intervalRef.current = intervalFor;

  React.useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      let next: SiteBuildStatus;
      try {
        next = (await get<SiteBuildStatus>('/site-build/status')).data;
      } catch {
        next = { state: 'unknown', reason: 'the CMS did not answer' };
      }
      if (stopped) return;
      setStatus(next);
      timer = setTimeout(ask, intervalRef.current(next));
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [get, askAgainOn]);

  return status;
}
