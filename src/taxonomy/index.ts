export { normaliseLabel, type Taxonomy, type TaxonomyValue, type LabelParseOptions, type LabelParseResult } from './labels';
export { stageOutcomes, type StageOutcome } from './outcomes';
export { complaintTypes, type ComplaintType } from './complaintTypes';
export { complainantSources, type ComplainantSource } from './sources';
export { channels, type Channel } from './channels';
export { ombudsmanDecisions, type OmbudsmanDecision, type OmbudsmanEra, type OmbudsmanEraLabel } from './ombudsman';
export {
  ageBands,
  type AgeBand,
  genders,
  type Gender,
  ethnicGroups,
  type EthnicGroup,
  disabilityStatuses,
  type DisabilityStatus,
  sexualOrientations,
  type SexualOrientation,
} from './characteristics';
export { type ServiceAreaDefinition, type ServiceAreas, defineServiceAreas, commonServiceAreas } from './serviceAreas';
