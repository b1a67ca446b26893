import { useEffect } from 'react';

export const APP_NAME = 'Ecosystem Atlas';

/** Sets the document title as "<page> · Ecosystem Atlas". */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
