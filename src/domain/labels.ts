// Human-readable names for the ids of the data model.
import type { PrincipleId, StakeholderKind, ThemeId, WorldRegion } from '../api/schemas';

export const REGION_LABELS: Record<WorldRegion, string> = {
  europe: 'Europe',
  'north-america': 'North America',
  'latin-america': 'Latin America',
  asia: 'Asia',
  oceania: 'Oceania',
  africa: 'Africa',
};

export const PRINCIPLE_LABELS: Record<PrincipleId, string> = {
  'geographic-area': 'Based on a geographic area',
  'multi-sector': 'Multi-sector stakeholders gathering',
  'accessible-to-all': 'Accessible to all (no barriers or fee)',
  'permanent-gatherings': 'Permanent, with regular gatherings',
  'light-governance': 'Light governance via a working group',
  'shared-strategy': 'Shared strategy and action plan',
  'lead-with-need': 'Lead with a need',
  'international-network': 'Member of an international network',
  'citizens-at-centre': 'Patients and citizens at the centre',
};

export const THEME_LABELS: Record<ThemeId, string> = {
  'active-healthy-ageing': 'Active and healthy ageing',
  telehealth: 'Telehealth',
  'data-ai': 'Data and AI',
  'digital-skills': 'Digital skills',
  'chronic-care': 'Chronic care',
  'mental-health': 'Mental health',
  'rural-health': 'Rural health',
  'health-records': 'Health records',
  prevention: 'Prevention',
  'integrated-care': 'Integrated care',
  'innovation-procurement': 'Innovation procurement',
  medtech: 'Medtech',
  'life-sciences': 'Life sciences',
  'child-health': 'Child health',
};

export const STAKEHOLDER_LABELS: Record<StakeholderKind, string> = {
  'policy-makers': 'Policy-makers',
  regulators: 'Regulators',
  companies: 'Companies',
  universities: 'Universities and education',
  citizens: "Citizens' and patients' representatives",
  insurers: 'Insurers',
  investors: 'Investors',
  providers: 'Health and care providers',
};
