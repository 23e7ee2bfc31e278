// Reading a GEXF file (1.1–1.3) into plain records: nodes, edges, their raw times, and the
// attributes Plotweb uses (group, actor, state, type, note, happened), found by attribute
// title or id. Times are kept as numbers here; gexfTime.ts turns them into episodes.
import { quote, type Severity } from '../problems';
import { parseGexfDate } from './gexfTime';
import { lineLocator, type InteropProblem } from './interopProblem';
import {
  attribute,
  child,
  children,
  childText,
  offsetOf,
  readXml,
  type XmlElement,
} from './xmlTree';

/** Raw times of one interval; undefined ends are open (the first or last episode). */
export interface Interval {
  readonly start: number | undefined;
  readonly end: number | undefined;
}

export interface GexfNode {
  readonly element: XmlElement;
  readonly id: string;
  readonly label: string | undefined;
  readonly group: string | undefined;
  readonly actor: string | undefined;
  readonly intervals: readonly Interval[];
  readonly states: readonly { readonly state: string; readonly start: number | undefined }[];
  readonly position: { readonly x: number; readonly y: number } | undefined;
}

export interface GexfEdge {
  readonly element: XmlElement;
  readonly id: string | undefined;
  readonly source: string;
  readonly target: string;
  readonly label: string | undefined;
  /** The relationship type: `kind`, else a "type" attribute value, else the label. */
  readonly type: string | undefined;
  readonly note: string | undefined;
  readonly happened: number | undefined;
  readonly intervals: readonly Interval[];
  /** From viz:color, as "#RRGGBB". */
  readonly color: string | undefined;
  /** From viz:shape. */
  readonly shape: string | undefined;
  /** From viz:thickness, when a number. */
  readonly thickness: number | undefined;
  /** The edge's own `type` attribute: "directed", "undirected" or "mutual". */
  readonly direction: string | undefined;
}

export interface GexfGraph {
  readonly description: string | undefined;
  readonly defaultDirected: boolean;
  readonly nodes: readonly GexfNode[];
  readonly edges: readonly GexfEdge[];
  /** Every time in the file, for the time axis (dates as milliseconds since 1970). */
  readonly times: readonly number[];
  /** Whether times are dates (timeformat="date" or "dateTime"). */
  readonly dates: boolean;
  /** The timeformat attribute as written, if any. */
  readonly timeformat: string | undefined;
  /** Each time as first written in the file, for episode titles. */
  readonly timeText: ReadonlyMap<number, string>;
  readonly element: XmlElement;
}

export type Reporter = (
  element: XmlElement | undefined,
  message: string,
  fix: string,
  severity?: Severity,
) => void;

const REPEATED = ['attributes', 'attribute', 'node', 'edge', 'attvalue', 'spell'];

/** Problems found are passed to `report`; the graph is undefined when nothing could be read. */
function thicknessOf(text: string | undefined): number | undefined {
  const value = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function readGexf(text: string, fileName: string, problems: InteropProblem[]) {
  const locate = lineLocator(text);
  const report: Reporter = (element, message, fix, severity) => {
    const offset = offsetOf(element);
    const where = offset === undefined ? undefined : locate(offset);
    problems.push({
      file: fileName,
      ...(where && { row: where.line, column: where.column }),
      message,
      fix,
      ...(severity === undefined ? {} : { severity }),
    });
  };

  const xml = readXml(text, REPEATED);
  if (!xml.ok) {
    const where = xml.line === undefined ? {} : { row: xml.line, column: xml.column ?? 1 };
    const syntax = xml.kind === 'syntax';
    problems.push({
      file: fileName,
      ...where,
      message: syntax ? `malformed XML: ${xml.message}` : `cannot read the XML: ${xml.message}`,
      fix:
        xml.fix ??
        (syntax
          ? 'save the file again from the tool that made it; every tag must be closed and every attribute quoted'
          : 'remove elements and attributes that GEXF does not define'),
    });
    return { report, graph: undefined };
  }
  const gexf = child(xml.root, 'gexf');
  const graph = child(gexf, 'graph');
  if (!graph) {
    const message = gexf ? 'no <graph> element' : 'not a GEXF file: the root element is not <gexf>';
    report(gexf, message, 'export the graph from Gephi (or another tool) as GEXF');
    return { report, graph: undefined };
  }
  // Dates are read as instants and ranked into episodes; any other format as numbers.
  const timeformat = attribute(graph, 'timeformat')?.trim().toLowerCase();
  const dates = timeformat === 'date' || timeformat === 'datetime';
  // A graph marked static has no times, whatever its elements say.
  const timed = attribute(graph, 'mode') !== 'static';

  // Attribute declarations: titles by id, so "for" may name "0" or "group".
  const titles = new Map<string, string>();
  for (const block of children(graph, 'attributes')) {
    for (const declaration of children(block, 'attribute')) {
      const id = attribute(declaration, 'id');
      if (id !== undefined) titles.set(id, (attribute(declaration, 'title') ?? id).toLowerCase());
    }
  }
  const values = (element: XmlElement, title: string) =>
    children(child(element, 'attvalues'), 'attvalue').filter((value) => {
      const id = attribute(value, 'for') ?? attribute(value, 'id') ?? '';
      return (titles.get(id) ?? id.toLowerCase()) === title;
    });
  const value = (element: XmlElement, title: string) => {
    const text = attribute(values(element, title)[0], 'value');
    return text === undefined || text.trim() === '' ? undefined : text;
  };

  const times: number[] = [];
  const timeText = new Map<number, string>();
  const number = (element: XmlElement, raw: string, what: string): number | undefined => {
    const parsed = dates ? parseGexfDate(raw) : Number(raw);
    if (parsed !== undefined && Number.isFinite(parsed)) {
      times.push(parsed);
      if (!timeText.has(parsed)) timeText.set(parsed, raw);
      return parsed;
    }
    if (dates) {
      const fix = `write dates as YYYY-MM-DD${timeformat === 'datetime' ? ' or YYYY-MM-DDThh:mm:ss' : ''}, as timeformat="${attribute(graph, 'timeformat') ?? ''}" says`;
      report(element, `${what} ${quote(raw)} is not a date`, fix);
      return undefined;
    }
    const fix =
      'use numbers (such as episode numbers), or set timeformat="date" on <graph> for dates';
    report(element, `${what} ${quote(raw)} is not a number`, fix);
    return undefined;
  };
  const time = (element: XmlElement | undefined, name: string): number | undefined => {
    const raw = attribute(element, name)?.trim();
    return !timed || element === undefined || !raw ? undefined : number(element, raw, name);
  };
  const intervals = (element: XmlElement): Interval[] => {
    const found: Interval[] = [];
    for (const holder of [element, ...children(child(element, 'spells'), 'spell')]) {
      const [start, end, stamp] = [
        time(holder, 'start'),
        time(holder, 'end'),
        time(holder, 'timestamp'),
      ];
      if (start !== undefined || end !== undefined) found.push({ start, end });
      if (stamp !== undefined) found.push({ start: stamp, end: stamp });
    }
    // GEXF 1.3's timestamps="<[1, 2, 5]>" form.
    const stamps = timed ? (attribute(element, 'timestamps') ?? '') : '';
    for (const raw of stamps.split(/[\s,;<>[\]]+/).filter((part) => part !== '')) {
      const stamp = number(element, raw, 'timestamp');
      if (stamp !== undefined) found.push({ start: stamp, end: stamp });
    }
    return found;
  };
  time(graph, 'start');
  time(graph, 'end');

  const nodes = children(child(graph, 'nodes'), 'node').flatMap<GexfNode>((element) => {
    const id = attribute(element, 'id');
    if (id === undefined) {
      report(element, 'node without an id', 'give every <node> an id attribute');
      return [];
    }
    const position = child(element, 'position');
    const [x, y] = [Number(attribute(position, 'x')), Number(attribute(position, 'y'))];
    return [
      {
        element,
        id,
        label: attribute(element, 'label'),
        group: value(element, 'group'),
        actor: value(element, 'actor'),
        intervals: intervals(element),
        states: values(element, 'state').flatMap((state) => {
          const text = attribute(state, 'value');
          const start = time(state, 'start') ?? time(state, 'timestamp');
          return text?.trim() ? [{ state: text, start }] : [];
        }),
        position: position && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined,
      },
    ];
  });

  const edges = children(child(graph, 'edges'), 'edge').flatMap<GexfEdge>((element) => {
    const [source, target] = [attribute(element, 'source'), attribute(element, 'target')];
    if (source === undefined || target === undefined) {
      const fix = 'give every <edge> source and target attributes naming node ids';
      report(element, 'edge without a source or target', fix);
      return [];
    }
    const label = attribute(element, 'label');
    const type = [attribute(element, 'kind'), value(element, 'type'), label].find((t) => t?.trim());
    const color = child(element, 'color');
    const channels = ['r', 'g', 'b'].map((name) => Number(attribute(color, name)));
    const validColor = color && channels.every((c) => Number.isInteger(c) && c >= 0 && c <= 255);
    const hex = channels.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('');
    return [
      {
        element,
        id: attribute(element, 'id'),
        source,
        target,
        label,
        type: type?.trim(),
        note: value(element, 'note'),
        happened: time(values(element, 'happened')[0], 'value'),
        intervals: intervals(element),
        color: validColor ? `#${hex}` : undefined,
        shape: attribute(child(element, 'shape'), 'value'),
        thickness: thicknessOf(attribute(child(element, 'thickness'), 'value')),
        direction: attribute(element, 'type'),
      },
    ];
  });

  const result: GexfGraph = {
    description: childText(child(gexf, 'meta'), 'description'),
    defaultDirected: attribute(graph, 'defaultedgetype') === 'directed',
    nodes,
    edges,
    times,
    dates,
    timeformat: attribute(graph, 'timeformat'),
    timeText,
    element: graph,
  };
  return { report, graph: result };
}
