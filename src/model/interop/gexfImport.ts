// GEXF → graph data: one character per node (with one span per stretch of its spells), one
// relationship per span of each edge, a declared type per edge kind. Reading: gexfRead.ts;
// times to episodes: gexfTime.ts. Every relationship cites one source, { id: "gexf", title:
// <file name> }. An edge that starts before one of its nodes is there starts when both are
// (a warning, an error in strict mode).
import { builtInType } from '../builtinTypes';
import { isWarning, quote } from '../problems';
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
import type { ImportOptions, ImportResult, InteropProblem } from './interopProblem';

type TypeDeclaration = NonNullable<GraphData['types']>[number];

const LINES = new Map<string, TypeDeclaration['line']>([
  ['solid', 'solid'],
  ['dashed', 'dashed'],
  ['dotted', 'dotted'],
  ['double', 'solid'],
]);

/** The parts of `span` inside one of the sorted, disjoint `within` spans. */
function intersect(span: Span, within: readonly Span[]): Span[] {
  return within
    .map((part) => ({ from: Math.max(span.from, part.from), to: Math.min(span.to, part.to) }))
    .filter((part) => part.from <= part.to);
}

export function importGexf(
  text: string,
  fileName: string,
  options: ImportOptions = {},
): ImportResult<InteropProblem> {
  const problems: InteropProblem[] = [];
  const fail = () => ({ ok: false as const, problems });
  const failed = () => problems.some((problem) => !isWarning(problem));
  options.onStage?.('parse');
  const { graph, report } = readGexf(text, fileName, problems);
  if (!graph || failed()) return fail();

  options.onStage?.('build');
  const axis = buildTimeAxis(graph.times, graph.dates);
  if (axis.episodeCount > MAX_EPISODES) {
    report(
      graph.element,
      `${axis.episodeCount} distinct times would make ${axis.episodeCount} episodes, over the ${MAX_EPISODES} limit`,
      'round the times to episode numbers before importing',
    );
    return fail();
  }
  const last = axis.episodeCount - 1;
  // Dates become T1…Tn, titled with the date, so no one reads them as numbered episodes.
  const episodeId = (position: number) => `${graph.dates ? 'T' : 'S1E'}${position + 1}`;
  const timeName = (position: number) => {
    const time = axis.timeAt(position);
    return graph.timeText.get(time) ?? String(time);
  };
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

  // Characters: one span per stretch of a node's spells; a node with several gets `spans`.
  const presence = new Map<string, Span[]>();
  const characters = graph.nodes.map<GraphDataCharacter>((node) => {
    const own = spans(node.intervals);
    const life = { from: own[0]?.from ?? 0, to: own[own.length - 1]?.to ?? last };
    if (!presence.has(node.id)) presence.set(node.id, own);
    // One state per episode; a later value for the same episode wins.
    const byStart = new Map<number, string>();
    for (const { state, start } of node.states) {
      byStart.set(start === undefined ? life.from : axis.position(start), state);
    }
    const states = [...byStart]
      .sort((a, b) => a[0] - b[0])
      .map(([from, state]) => ({ state, from: episodeId(from) }));
    const stretches =
      own.length > 1
        ? {
            spans: own.map((span) => ({
              from: episodeId(span.from),
              ...(span.to < last ? { until: episodeId(span.to) } : {}),
            })),
          }
        : {
            firstEpisode: episodeId(life.from),
            ...(life.to < last ? { until: episodeId(life.to) } : {}),
          };
    return {
      id: node.id,
      name: node.label?.trim() ? node.label : node.id,
      ...(node.actor === undefined ? {} : { actor: node.actor }),
      ...(node.group === undefined ? {} : { group: node.group }),
      ...stretches,
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
    const always = [{ from: 0, to: last }];
    const [sourceSpans, targetSpans] = [edge.source, edge.target].map(
      (id) => presence.get(id) ?? always,
    ) as [Span[], Span[]];
    const own = spans(edge.intervals);
    const kept = own.flatMap((span) =>
      intersect(span, sourceSpans).flatMap((part) => intersect(part, targetSpans)),
    );
    if (kept.length === 0) {
      const fix = "give the edge times within both nodes' times";
      report(edge.element, "edge is never shown: its times fall outside its nodes' times", fix);
    }
    // An explicit start before a node is there: it starts when both are.
    const explicitStart = edge.intervals.some((interval) => interval.start !== undefined);
    const first = own[0];
    const start = kept[0];
    if (explicitStart && first && start && start.from > first.from) {
      const late = [edge.source, edge.target].find(
        (id) =>
          !(presence.get(id) ?? always).some((s) => s.from <= first.from && first.from <= s.to),
      );
      const message = `edge starts at ${quote(timeName(first.from))}, before node ${quote(late ?? edge.source)} is there`;
      report(
        edge.element,
        message,
        options.strict
          ? "give the edge a start within both nodes' times, or import without strict mode to start it when both are there"
          : `read as starting at ${quote(timeName(start.from))}, when both nodes are there; to keep the earlier start, start the node earlier`,
        options.strict ? 'error' : 'warning',
      );
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
  if (failed()) return fail();

  const notes = graph.dates
    ? [
        `The GEXF file's times are dates (timeformat=${quote(graph.timeformat ?? '')}): each of the ${axis.episodeCount} distinct dates became one episode, in time order, T1 (${timeName(0)}) to T${axis.episodeCount} (${timeName(last)}); each episode's title is its date. The gaps between dates are not kept.`,
      ]
    : axis.ranked
      ? [
          `The GEXF file's times are not episode numbers: each of the ${axis.episodeCount} distinct times became one episode, in order, S1E1 (time ${timeName(0)}) to S1E${axis.episodeCount} (time ${timeName(last)}).`,
        ]
      : [];
  const data: GraphData = {
    schemaVersion: SCHEMA_VERSION,
    show: {
      // GEXF has no title; Plotweb's export keeps it in the description.
      title: graph.description?.trim() || fileName.replace(/\.[^.]*$/, '') || 'Imported graph',
      sources: [{ id: 'gexf', title: fileName || 'GEXF file' }],
      ...(notes.length === 0 ? {} : { notes }),
    },
    episodes: Array.from({ length: axis.episodeCount }, (_, position) => ({
      id: episodeId(position),
      ...(graph.dates ? { title: timeName(position) } : {}),
    })),
    ...(types.length === 0 ? {} : { types }),
    characters,
    relationships,
  };
  options.onStage?.('check');
  const result = validateGraphData(data, options);
  for (const problem of result.ok ? result.warnings : result.problems) {
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
    report(element, problem.message, problem.fix, problem.severity);
  }
  return result.ok ? { ok: true, data: result.data, warnings: problems, hints: [] } : fail();
}
