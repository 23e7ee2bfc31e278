// GEXF import and export (Gephi's format). The subset read and written is described in
// gexfImport.ts, gexfExport.ts and gexfTime.ts.
export { exportGexf } from './gexfExport';
export { importGexf } from './gexfImport';
