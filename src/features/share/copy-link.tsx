// "Copy link": the URL already holds the state of every view (filters, selection, slide), so
// sharing a view is copying its address as it is at the moment of the click.
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/copy-button';

export function CopyLink({
  className,
  buttonClassName,
}: {
  className?: string;
  buttonClassName?: string;
}) {
  const { t } = useTranslation();
  // The router's history is the address bar in the browser (and the memory history in tests).
  const { history } = useRouter();
  return (
    <CopyButton
      text={() => new URL(history.location.href, window.location.href).href}
      label={t('share.copyLink')}
      copiedMessage={t('share.linkCopied')}
      failedMessage={t('share.copyLinkFailed')}
      fieldLabel={t('share.linkField')}
      className={className}
      buttonClassName={buttonClassName}
    />
  );
}
