// Import and export: CSV (for spreadsheets), GEXF (for Gephi) and Cytoscape JSON.
export { exportCsv, type CsvExport } from './csvExport';
export { DEFAULT_TITLE, importCsv, type CsvImportInput } from './csvImport';
export type { CsvFile } from './csvTable';
export { exportCytoscapeJson, type CytoscapeJson } from './cytoscapeJson';
export { exportGexf, importGexf } from './gexf';
export {
  formatInteropHint,
  formatInteropProblem,
  type CsvProblem,
  type ImportOptions,
  type ImportResult,
  type InteropProblem,
} from './interopProblem';
export { xmlSafe } from './xmlText';
