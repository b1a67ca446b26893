import type { TFunction } from 'i18next';
import { ApiError, DEFAULT_TIMEOUT_MS } from '../api/client';

/**
 * What went wrong, in the active language. An ApiError says it in English for the logs; its
 * kind and status (and the details its message carries) are worded here from the catalogue.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.kind) {
    case 'http':
      return error.status === undefined
        ? t('errors.unexpected')
        : t('errors.api.http', { status: String(error.status) });
    case 'network':
      return t('errors.api.network');
    case 'timeout': {
      const seconds = /(\d+(?:\.\d+)?) s\b/.exec(error.message)?.[1];
      return t('errors.api.timeout', {
        seconds: seconds === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(seconds),
      });
    }
    case 'not-json': {
      const type = /^Expected JSON but got (.+)$/.exec(error.message)?.[1];
      if (type === undefined) return t('errors.api.notJson');
      return type === 'no content type'
        ? t('errors.api.noContentType')
        : t('errors.api.contentType', { type });
    }
    case 'schema': {
      const path = / at (\S+)$/.exec(error.message)?.[1];
      return path === undefined ? t('errors.api.schema') : t('errors.api.schemaAt', { path });
    }
  }
}
