// The fixed vocabularies of the data model: ids that data/, URLs and the app share.

export const WORLD_REGIONS = [
  'europe',
  'north-america',
  'latin-america',
  'asia',
  'oceania',
  'africa',
] as const;

export const LOCATION_KINDS = ['country', 'nation', 'region', 'cross-border'] as const;

/** The nine basic principles every ecosystem shares, in the network's order. */
export const PRINCIPLES = [
  'geographic-area',
  'multi-sector',
  'accessible-to-all',
  'permanent-gatherings',
  'light-governance',
  'shared-strategy',
  'lead-with-need',
  'international-network',
  'citizens-at-centre',
] as const;

export const THEMES = [
  'active-healthy-ageing',
  'telehealth',
  'data-ai',
  'digital-skills',
  'chronic-care',
  'mental-health',
  'rural-health',
  'health-records',
  'prevention',
  'integrated-care',
  'innovation-procurement',
  'medtech',
  'life-sciences',
  'child-health',
] as const;

export const STAKEHOLDER_KINDS = [
  'policy-makers',
  'regulators',
  'companies',
  'universities',
  'citizens',
  'insurers',
  'investors',
  'providers',
] as const;
