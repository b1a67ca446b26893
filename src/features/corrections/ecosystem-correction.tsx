import { useTranslation } from 'react-i18next';
import { useEcosystem } from '../../api/ecosystems';
import { SuggestCorrection } from './suggest-correction';

/** "Suggest a correction" for one ecosystem's record, naming the fields a record has. */
export function EcosystemCorrection({ id }: { id: string }) {
  const { t } = useTranslation();
  const { ecosystem } = useEcosystem(id);
  const fields = (
    [
      'name',
      'place',
      'description',
      'organisations',
      'members',
      'meetings',
      'founded',
      'joined',
      'website',
      'sources',
      'other',
    ] as const
  ).map((field) => t(`corrections.fields.${field}`));
  return <SuggestCorrection kind="ecosystem" id={id} name={ecosystem.name} fields={fields} />;
}
