// GEXF → graph data: one character per node, one relationship per span of each edge,
// a declared type per edge kind. Reading: gexfRead.ts; times to episodes: gexfTime.ts.
// Every relationship cites one source, { id: "gexf", title: <file name> }.
import { builtInType } from '../builtinTypes';
import { LINE_WIDTH } from '../typeAppearance';
import {
  SCHEMA_VERSION,
  type GraphData,
  type GraphDataCharacter,
  type GraphDataRelationship,
} from '../schema';
import { validateGraphData } from '../validate';
import { titleCase } from './declareTypes';
import { readGexf, type GexfEdge, type Interval } from './gexfRead';
import { buildTimeAxis, MAX_EPISODES, mergeSpans, type Span } from './gexfTime';
import type { ImportResult, InteropProblem } from './interopProblem';

type TypeDeclaration = NonNullable<GraphData['types']>[number];

const LINES = new Map<string, TypeDeclaration['line']>([
  ['solid', 'solid'],
  ['dashed', 'dashed'],
  ['dotted', 'dotted'],
  ['double', 'solid'],
]);

export function importGexf(text: string, fileName: string): ImportResult<InteropProblem> {
  const problems: InteropProblem[] = [];
  const fail = () => ({ ok: false as const, problems });
  const { graph, report } = readGexf(text, fileName, problems);
  if (!graph || problems.length > 0) return fail();

  const axis = buildTimeAxis(graph.times);
  if (axis.episodeCount > MAX_EPISODES) {
    report(
      graph.element,
      `${axis.episodeCount} distinct times would make ${axis.episodeCount} episodes, over the ${MAX_EPISODES} limit`,
      'round the times to episode numbers before importing',
    );
    return fail();
  }
  const last = axis.episodeCount - 1;
  const episodeId = (position: number) => `S1E${position + 1}`;
  // No times at all means always there.
  const spans = (intervals: readonly Interval[]): Span[] =>
    mergeSpans(
      (intervals.length === 0 ? [{ start: undefined, end: undefined }] : intervals).map(
        (interval) => ({
          from: interval.start === undefined ? 0 : axis.position(interval.start),
          to: interval.end === undefined ? last : axis.position(interval.end),
        }),
      ),
    );

  // Characters: present from a node's first spell to its last (gaps are not kept).
  const lifetimes = new Map<string, Span>();
  const characters = graph.nodes.map<GraphDataCharacter>((node) => {
    const own = spans(node.intervals);
    const life = { from: own[0]?.from ?? 0, to: own[own.length - 1]?.to ?? last };
    if (!lifetimes.has(node.id)) lifetimes.set(node.id, life);
    // One state per episode; a later value for the same episode wins.
    const byStart = new Map<number, string>();
    for (const { state, start } of node.states) {
      byStart.set(start === undefined ? life.from : axis.position(start), state);
    }
    const states = [...byStart]
      .sort((a, b) => a[0] - b[0])
      .map(([from, state]) => ({ state, from: episodeId(from) }));
    return {
      id: node.id,
      name: node.label?.trim() ? node.label : node.id,
      ...(node.actor === undefined ? {} : { actor: node.actor }),
      ...(node.group === undefined ? {} : { group: node.group }),
      firstEpisode: episodeId(life.from),
      ...(life.to < last ? { until: episodeId(life.to) } : {}),
      ...(states.length === 0 ? {} : { states }),
      ...(node.position ? { position: node.position } : {}),
    };
  });

  // Relationships: one per span of an edge, kept inside both characters' lifetimes, as
  // GEXF shows an edge only while both its nodes are there.
  const typeEdges = new Map<string, GexfEdge>();
  const relationshipEdges: GexfEdge[] = [];
  const relationshipIds = new Set<string>();
  const relationships = graph.edges.flatMap<GraphDataRelationship>((edge) => {
    const type = edge.type ?? 'related';
    if (!typeEdges.has(type)) typeEdges.set(type, edge);
    const bounds = [lifetimes.get(edge.source), lifetimes.get(edge.target)];
    const lo = Math.max(...bounds.map((life) => life?.from ?? 0));
    const hi = Math.min(...bounds.map((life) => life?.to ?? last));
    const kept = spans(edge.intervals)
      .map((span) => ({ from: Math.max(span.from, lo), to: Math.min(span.to, hi) }))
      .filter((span) => span.from <= span.to);
    if (kept.length === 0) {
      const fix = "give the edge times within both nodes' times";
      report(edge.element, "edge is never shown: its times fall outside its nodes' times", fix);
    }
    const baseId = edge.id ?? `${edge.source}-${type}-${edge.target}`;
    return kept.map((span, index) => {
      let id = index === 0 ? baseId : `${baseId}@${index + 1}`;
      for (let n = 2; relationshipIds.has(id); n++) id = `${baseId}-${n}`;
      relationshipIds.add(id);
      relationshipEdges.push(edge);
      const happened = edge.happened === undefined ? undefined : axis.position(edge.happened);
      return {
        id,
        source: edge.source,
        target: edge.target,
        type,
        from: episodeId(span.from),
        ...(span.to < last ? { until: episodeId(span.to) } : {}),
        ...(happened === undefined ? {} : { happened: episodeId(happened) }),
        ...(edge.note === undefined ? {} : { note: edge.note }),
        sources: [{ source: 'gexf' }],
      };
    });
  });

  // Types: declared from the first edge of each; a built-in only when its label differs.
  const types = [...typeEdges].flatMap<TypeDeclaration>(([id, edge]) => {
    const label = edge.label?.trim() || titleCase(id);
    const builtIn = builtInType(id);
    if (builtIn && builtIn.label === label) return [];
    const line = LINES.get(edge.shape ?? '');
    const directed =
      edge.direction === undefined ? graph.defaultDirected : edge.direction === 'directed';
    return [
      {
        id,
        label,
        ...(edge.color === undefined ? {} : { color: edge.color }),
        ...(line === undefined ? {} : { line }),
        ...(edge.thickness !== undefined && edge.thickness >= LINE_WIDTH.strong
          ? { emphasis: 'strong' as const }
          : {}),
        // A built-in keeps its own direction; declaring another would be refused.
        ...(builtIn ? {} : { directed }),
      },
    ];
  });
  if (problems.length > 0) return fail();

  const data: GraphData = {
    schemaVersion: SCHEMA_VERSION,
    show: {
      // GEXF has no title; Plotweb's export keeps it in the description.
      title: graph.description?.trim() || fileName.replace(/\.[^.]*$/, '') || 'Imported graph',
      sources: [{ id: 'gexf', title: fileName || 'GEXF file' }],
    },
    episodes: Array.from({ length: axis.episodeCount }, (_, position) => ({
      id: episodeId(position),
    })),
    ...(types.length === 0 ? {} : { types }),
    characters,
    relationships,
  };
  const result = validateGraphData(data);
  if (result.ok) return { ok: true, data: result.data };
  for (const problem of result.problems) {
    const [section, index] = problem.path;
    const at = typeof index === 'number' ? index : -1;
    const element =
      section === 'characters'
        ? graph.nodes[at]?.element
        : section === 'relationships'
          ? relationshipEdges[at]?.element
          : section === 'types'
            ? typeEdges.get(types[at]?.id ?? '')?.element
            : undefined;
    report(element, problem.message, problem.fix);
  }
  return fail();
}
