declare module 'react-cytoscapejs' {
  import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
  import type { ComponentType, CSSProperties } from 'react';
  const CytoscapeComponent: ComponentType<{
    elements: ElementDefinition[];
    stylesheet?: StylesheetJson;
    layout?: LayoutOptions;
    style?: CSSProperties;
    cy?: (cy: Core) => void;
    autoungrabify?: boolean;
    boxSelectionEnabled?: boolean;
  }>;
  export default CytoscapeComponent;
}
