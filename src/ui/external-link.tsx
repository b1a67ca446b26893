import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Returns the URL when it is http(s), else undefined: other schemes are never linked. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.replace(/[\s\p{Cc}]/gu, '');
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link to another site, or plain text when the URL is not http(s). */
export function ExternalLink({
  href,
  children,
}: {
  href: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const safe = safeHref(href);
  if (!safe) return <>{children}</>;
  return (
    <a href={safe} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden"> {t('common.newTab')}</span>
    </a>
  );
}
