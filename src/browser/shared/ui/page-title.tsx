import { useTranslation } from 'react-i18next';

/** The page's heading, which also names the browser tab. */
export function PageTitle({ title, className }: { title: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('pageTitle', { page: title })}</title>
      <h1 className={className}>{title}</h1>
    </>
  );
}
