// The React adapter of the viewer core: one store per mounted explorer, created once,
// read with useSyncExternalStore so every render sees one consistent frame.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ViewFrame, Viewer } from '../viewer';

export function useViewer(create: () => Viewer): [Viewer, ViewFrame] {
  const [viewer] = useState(create);
  // Only stops the playback timer, so StrictMode's extra effect pass leaves the store usable.
  useEffect(() => () => viewer.destroy(), [viewer]);
  const frame = useSyncExternalStore(viewer.subscribe, viewer.getFrame);
  return [viewer, frame];
}
