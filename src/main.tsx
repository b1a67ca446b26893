import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { languageFromUrl } from './app/language';
import { createAppRouter } from './app/router';
import { createQueryClient } from './api/query-client';
import { createI18n } from './i18n/i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The language's catalogue arrives before the first render, so no text changes language.
const i18n = await createI18n(languageFromUrl());

createRoot(container).render(
  <StrictMode>
    <App router={createAppRouter()} queryClient={createQueryClient()} i18n={i18n} />
  </StrictMode>,
);
