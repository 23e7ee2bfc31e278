// The React side of the graph view: creates it in an effect, feeds it snapshots, destroys
// it on cleanup. Cytoscape itself stays behind src/graph.
import { useEffect, useRef, useState } from 'react';
import {
  createGraphView,
  inspectorOf,
  type FocusTarget,
  type Fresh,
  type GraphView,
  type ThemeName,
} from '../graph';
import type { Point, Snapshot, Timeline } from '../model';

interface Props {
  readonly timeline: Timeline;
  readonly positions: ReadonlyMap<string, Point>;
  readonly snapshot: Snapshot;
  readonly hiddenTypes: ReadonlySet<string>;
  /** What the episode introduced: marked on the canvas until the next step. */
  readonly fresh?: Fresh;
  readonly selected: string | undefined;
  /** Highlighted on the canvas (hovered there or in a panel). */
  readonly highlighted?: FocusTarget | undefined;
  /** The pointer enters or leaves a character or relationship; without it, hover highlights. */
  readonly onHover?: (target: FocusTarget | undefined) => void;
  readonly theme: ThemeName;
  readonly reducedMotion: boolean;
  readonly label: string;
  readonly onSelect: (id: string | undefined) => void;
  readonly onViewChange?: (view: GraphView | undefined) => void;
  /** Cytoscape's WebGL renderer (changing it recreates the view). */
  readonly webgl?: boolean;
}

export function GraphCanvas(props: Props) {
  const {
    timeline,
    positions,
    snapshot,
    hiddenTypes,
    fresh,
    selected,
    highlighted,
    theme,
    reducedMotion,
    onSelect,
    onViewChange,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<GraphView>();
  // Callbacks change identity on every render; the view keeps calling the latest one.
  const onHover = props.onHover;
  const now = { onSelect, onHover, snapshot, hiddenTypes, fresh, theme, reducedMotion, selected };
  const latest = useRef(now);
  useEffect(() => {
    latest.current = now;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const current = latest.current;
    const created = createGraphView(element, {
      dataset: timeline.dataset,
      positions,
      theme: current.theme,
      reducedMotion: current.reducedMotion,
      onSelect: (id) => latest.current.onSelect(id),
      onHover: (target) => {
        const report = latest.current.onHover;
        if (report) report(target);
        else created.highlight(target);
      },
      webgl: props.webgl === true,
    });
    created.show(current.snapshot, {
      animate: false,
      inSlices: true,
      hiddenTypes: current.hiddenTypes,
      ...(current.fresh ? { fresh: current.fresh } : {}),
    });
    created.select(current.selected);
    window.plotweb = inspectorOf(created);
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(element);
    setView(created);
    onViewChange?.(created);
    return () => {
      observer.disconnect();
      created.destroy();
      delete window.plotweb;
      setView(undefined);
      onViewChange?.(undefined);
    };
  }, [timeline, positions, onViewChange, props.webgl]);

  useEffect(() => {
    view?.show(snapshot, { animate: true, hiddenTypes, ...(fresh ? { fresh } : {}) });
  }, [view, snapshot, hiddenTypes, fresh]);
  useEffect(() => {
    if (onHover) view?.highlight(highlighted);
  }, [view, highlighted, onHover]);
  useEffect(() => view?.select(selected), [view, selected]);
  useEffect(() => view?.setTheme(theme), [view, theme]);
  useEffect(() => view?.setReducedMotion(reducedMotion), [view, reducedMotion]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label={props.label}
      data-testid="graph"
    />
  );
}
