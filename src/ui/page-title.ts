import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The title the page being prerendered asked for (there is no document to set it on). */
let prerenderedTitle: string | undefined;

export function takePrerenderedTitle(): string | undefined {
  const title = prerenderedTitle;
  prerenderedTitle = undefined;
  return title;
}

function recordTitle(title: string): void {
  if (typeof document === 'undefined') prerenderedTitle = title;
}

/** Sets the document title as "<page> · Ecosystem Atlas", in the active language. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  const full = title ? `${title} · ${app}` : app;
  recordTitle(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
