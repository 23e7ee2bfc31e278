declare module 'react-cytoscapejs' {
  import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
  import type { ComponentType, CSSProperties } from 'react';
  const CytoscapeComponent: ComponentType<{
    elements: ElementDefinition[];
    stylesheet?: StylesheetJson;
    layout?: LayoutOptions;
    style?: CSSProperties;
    cy?: (cy: Core) => void;
    zoom?: number;
    pan?: { x: number; y: number };
    minZoom?: number | undefined;
    maxZoom?: number | undefined;
    hideEdgesOnViewport?: boolean | undefined;
    textureOnViewport?: boolean | undefined;
    pixelRatio?: number | 'auto' | undefined;
    autoungrabify?: boolean;
    boxSelectionEnabled?: boolean;
  }>;
  export default CytoscapeComponent;
}
