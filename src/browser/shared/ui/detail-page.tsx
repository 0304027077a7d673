import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from './page-title';
import { QueryFeedback } from './query-feedback';
import './detail-page.css';

/**
 * The frame of one item's page: a link back to its list, the title, the item query's loading and
 * error notices, then the page's sections.
 */
export function DetailPage({
  title,
  back,
  query,
  children,
}: {
  title: string;
  back: { href: string; text: string };
  query: { isPending: boolean; error: unknown; hasData: boolean };
  children: ReactNode;
}) {
  return (
    <>
      <p className="detail-page__back">
        <Link to={back.href}>{back.text}</Link>
      </p>
      <PageTitle title={title} className="detail-page__title" />
      <QueryFeedback isPending={query.isPending} error={query.error} hasData={query.hasData} />
      <div className="detail-page__sections">{children}</div>
    </>
  );
}
