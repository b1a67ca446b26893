// The embed's side of the postMessage protocol: it follows a trusted host's filters and
// language, and reports the visitor's selection and its content height to the host.
import { useNavigate, useRouterState, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { serialiseFilters, type Filters } from '../../domain/url-state';
import { localizedPath } from '../../i18n/language-path';
import { parseLanguage } from '../../i18n/languages';
import { MESSAGE, readHostMessage, trustedOrigins } from './embed-messages';

function post(targets: readonly string[], message: Record<string, unknown>): void {
  if (window.parent === window) return;
  // Without named origins the reports go to any host: they hold only what the URL shows.
  for (const target of targets.length > 0 ? targets : ['*'])
    window.parent.postMessage(message, target);
}

export function useEmbedMessages(filters: Filters, selectedId: string | undefined): void {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const search: Record<string, unknown> = useSearch({ strict: false });
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const named = search.origin;
  const trusted = useMemo(() => trustedOrigins(named), [named]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || window.parent === window) return;
      if (event.origin !== window.location.origin && !trusted.includes(event.origin)) return;
      const message = readHostMessage(event.data);
      if (message?.kind === 'filters') {
        void navigate({
          to: '.',
          search: (previous) => ({ ...previous, ...serialiseFilters(message.filters) }),
          replace: true,
        });
      } else if (message?.kind === 'language') {
        const language = parseLanguage(message.language);
        if (!language || language === i18n.language) return;
        // The language is in the path: the embed loads its page in the other language.
        const url = new URL(window.location.href);
        url.pathname = localizedPath(pathname, language, import.meta.env.BASE_URL);
        window.location.replace(url.href);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [trusted, navigate, pathname, i18n.language]);

  useEffect(() => {
    post(trusted, {
      type: MESSAGE.ready,
      filters: serialiseFilters(filters),
      language: i18n.language,
    });
  }, [trusted, filters, i18n.language]);

  useEffect(() => {
    post(trusted, { type: MESSAGE.selection, id: selectedId ?? null });
  }, [trusted, selectedId]);

  useEffect(() => {
    const root = document.documentElement;
    let last = 0;
    const report = () => {
      const height = Math.ceil(root.scrollHeight);
      if (height === last) return;
      last = height;
      post(trusted, { type: MESSAGE.height, height });
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [trusted]);
}
