import { Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { pollInterval, widgetLines } from './messages';
import { useSiteBuildStatus } from './useSiteBuildStatus';

/** Home-page widget "Site build": live since when, building, and the last failure with the entry to fix. */
export function SiteBuildWidget() {
  const { locale } = useIntl();
  const status = useSiteBuildStatus((current) => pollInterval(current));
  if (!status) return <Loader small>Asking the rebuild service…</Loader>;
  const failed = status.state === 'known' && status.failure !== null;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2} data-testid="site-build-widget">
      {widgetLines(status, { now: new Date(), locale }).map((line) => (
        <Typography key={line} textColor={failed && line.startsWith('The last build failed') ? 'danger600' : 'neutral800'}>
          {line}
        </Typography>
      ))}
    </Flex>
  );
}
