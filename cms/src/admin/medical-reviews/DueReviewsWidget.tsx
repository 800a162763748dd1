import * as React from 'react';
import { Badge, Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/admin/strapi-admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { DueReviewsAnswer } from '../../medical-reviews/admin-route';
import { dueText, entryDetails, summaryLine } from './messages';

type Loaded = { answer: DueReviewsAnswer } | { refused: string };

/** The CMS's refusal reason (403 for a role that does not look after medical content), else a plain one. */
function reasonOf(error: unknown): string {
  const data = (error as { response?: { data?: { error?: { message?: string } | string } } }).response?.data;
  const reason = typeof data?.error === 'string' ? data.error : data?.error?.message;
  return reason ?? 'The CMS did not answer; reload the page to try again.';
}

/**
 * Home-page widget "Medical reviews due": every medical page whose next review is past or
 * within 30 days (GET /medical-reviews/due), overdue first, each linking to its edit view.
 */
export function DueReviewsWidget() {
  const { get } = useFetchClient();
  const { locale } = useIntl();
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);

  React.useEffect(() => {
    let stopped = false;
    get<DueReviewsAnswer>('/medical-reviews/due').then(
      ({ data }) => !stopped && setLoaded({ answer: data }),
      (error: unknown) => !stopped && setLoaded({ refused: reasonOf(error) }),
    );
    return () => {
      stopped = true;
    };
  }, [get]);

  if (!loaded) return <Loader small>Looking for reviews due…</Loader>;
  if ('refused' in loaded) return <Typography textColor="neutral600">{loaded.refused}</Typography>;
  const { answer } = loaded;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="medical-reviews-due-widget">
      <Typography textColor="neutral600">{summaryLine(answer)}</Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {answer.reviews.map((review) => (
          <Flex tag="li" key={`${review.uid}:${review.documentId}`} direction="column" alignItems="flex-start" gap={1} data-testid="medical-review-due">
            <Flex gap={2}>
              <Link to={review.editPath}>
                <Typography fontWeight="bold">{review.title}</Typography>
              </Link>
              {review.overdue ? (
                <Badge textColor="danger600" backgroundColor="danger100">
                  Overdue
                </Badge>
              ) : null}
            </Flex>
            <Typography textColor={review.overdue ? 'danger600' : 'neutral800'}>{dueText(review, locale)}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {entryDetails(review)}
            </Typography>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
