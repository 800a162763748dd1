import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { entryNotice, pollInterval, type EntryOnSite } from './messages';
import { useSiteBuildStatus } from './useSiteBuildStatus';

const NOT_ON_SITE = new Set(['api::appointment-request.appointment-request']);

const TONE_COLORS = { success: 'success600', waiting: 'neutral800', danger: 'danger600', neutral: 'neutral600' } as const;

function SiteBuildNotice({ entry }: { entry: EntryOnSite }) {
  const { locale } = useIntl();
  const status = useSiteBuildStatus(
    (current) => pollInterval(current, current ? entryNotice(current, entry, { now: new Date(), locale }) : undefined),
    entry.publishedAt,
  );
  if (!status) return <Typography textColor="neutral600">Asking the rebuild service…</Typography>;
  const notice = entryNotice(status, entry, { now: new Date(), locale });
  return (
    <Flex direction="column" alignItems="flex-start" gap={2} data-testid="site-build-notice">
      <Typography textColor={TONE_COLORS[notice.tone]}>{notice.text}</Typography>
      {notice.fix ? <Link to={`/content-manager/collection-types/${notice.fix.uid}/${notice.fix.documentId}`}>{notice.fix.label}</Link> : null}
    </Flex>
  );
}

type PanelProps = {
  model: string;
  documentId?: string;
  document?: { documentId?: string; publishedAt?: string | null };
  meta?: { availableStatus?: { publishedAt?: string | null }[] };
};

/** Edit-view side panel "On the site": whether this entry's published version is live. */
export function SiteBuildPanel({ model, documentId, document, meta }: PanelProps) {
  if (!model?.startsWith('api::') || NOT_ON_SITE.has(model)) return null;
  // The draft tab shows the draft; the published version's publishedAt is in the document's metadata.
  const publishedAt = document?.publishedAt ?? meta?.availableStatus?.find((version) => version.publishedAt)?.publishedAt ?? null;
  const entry: EntryOnSite = { uid: model, documentId: documentId ?? document?.documentId ?? null, publishedAt };
  return { title: 'On the site', content: <SiteBuildNotice entry={entry} /> };
}
