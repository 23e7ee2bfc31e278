// The Timeline's playback controls, wired to a viewer core.
import type { ViewState, Viewer } from '../../viewer';
import type { TimelinePlayback } from './Timeline';

export function viewerPlayback(viewer: Viewer, state: ViewState): TimelinePlayback {
  return {
    playing: state.playing,
    speed: state.speed,
    onToggle: viewer.togglePlay,
    onSpeedChange: viewer.setSpeed,
    onDragChange: (dragging) => viewer.suspend('drag', dragging),
  };
}
