// The explorer's side panels: legend and filters, search, details, what changed, text view.
export { EdgeLegend, TypeSwatch, DASH_ARRAY, type EdgeLegendProps } from './EdgeLegend';
export { GroupLegend, type GroupLegendProps } from './GroupLegend';
export { CharacterSearch, type CharacterSearchProps } from './CharacterSearch';
export { searchCharacters } from './searchCharacters';
export { DetailsPanel, type DetailsPanelProps } from './DetailsPanel';
export { ChangesList, type ChangesListProps } from './ChangesList';
export { ROWS_MORE, ROWS_SHOWN, ShowMore, useShownRows } from './ShowMore';
export {
  describeChanges,
  type Change,
  type ChangeKind,
  type ChangeTarget,
} from './describeChanges';
export { RelationshipTable, type RelationshipTableProps } from './RelationshipTable';
export { Citations } from './Citations';
export { foldForSearch, safeHref } from './format';
