// Entry of dist/embed/plotweb.js: one script tag defines <plotweb-graph> on any page.
import { definePlotwebGraph } from './element';

try {
  definePlotwebGraph();
} catch {
  // A page without custom elements keeps the fallback content; never break the host.
}
