// Graph data → GEXF 1.3 (Gephi's format), built as a string so src/model needs no DOM.
// Time is integer: episode position + 1, so the first episode is 1. Spells are inclusive.
// Character notes and citations have no GEXF counterpart and are not written.
import { buildDataset, type Dataset } from '../dataset';
import type { GraphData } from '../schema';
import { LINE_WIDTH } from '../typeAppearance';
import { escapeXmlAttribute, xmlSafe } from './xmlText';

type Attributes = Readonly<Record<string, string | number | undefined>>;

function attrs(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

/** `#009E73` → r, g and b attributes (three-digit colours are widened). */
function rgb(hex: string): Attributes {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? Array.from(digits, (d) => d + d).join('') : digits;
  const channel = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: channel(0), g: channel(1), b: channel(2) };
}

function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>]/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;',
  );
}

/** The dataset is built from `data` when not given. */
export function exportGexf(data: GraphData, dataset: Dataset = buildDataset(data)): string {
  const last = dataset.episodes.length - 1;
  const time = (position: number) => position + 1;
  const out: string[] = [];
  const line = (depth: number, text: string) => out.push(`${'  '.repeat(depth)}${text}`);

  line(0, '<?xml version="1.0" encoding="UTF-8"?>');
  line(0, '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  line(1, '<meta>');
  line(2, '<creator>Plotweb</creator>');
  // GEXF's meta has no title; importGexf reads the show's title back from the description.
  line(2, `<description>${escapeText(data.show.title)}</description>`);
  line(1, '</meta>');
  line(
    1,
    `<graph${attrs({ mode: 'dynamic', defaultedgetype: 'directed', timeformat: 'integer', timerepresentation: 'interval', start: 1, end: time(last) })}>`,
  );
  const declare = (
    kind: 'node' | 'edge',
    mode: 'static' | 'dynamic',
    fields: [string, string][],
  ) => {
    line(2, `<attributes class="${kind}" mode="${mode}">`);
    for (const [id, type] of fields) line(3, `<attribute${attrs({ id, title: id, type })}/>`);
    line(2, '</attributes>');
  };
  declare('node', 'static', [
    ['group', 'string'],
    ['actor', 'string'],
  ]);
  declare('node', 'dynamic', [['state', 'string']]);
  declare('edge', 'static', [
    ['type', 'string'],
    ['note', 'string'],
    ['happened', 'integer'],
  ]);

  line(2, '<nodes>');
  for (const character of dataset.characters) {
    const end = character.until ?? last;
    line(3, `<node${attrs({ id: character.id, label: character.name })}>`);
    const values: Attributes[] = [
      { for: 'group', value: character.group },
      { for: 'actor', value: character.actor },
      // A state holds until the next one starts, or to the character's last episode.
      ...character.states.map((state, i) => ({
        for: 'state',
        value: state.state,
        start: time(state.from),
        end: time(Math.max(state.from, (character.states[i + 1]?.from ?? end + 1) - 1)),
      })),
    ].filter((value) => value.value !== undefined);
    if (values.length > 0) {
      line(4, '<attvalues>');
      for (const value of values) line(5, `<attvalue${attrs(value)}/>`);
      line(4, '</attvalues>');
    }
    line(4, '<spells>');
    for (const span of character.spans) {
      line(5, `<spell${attrs({ start: time(span.from), end: time(span.until ?? last) })}/>`);
    }
    line(4, '</spells>');
    if (character.position) {
      line(
        4,
        `<viz:position${attrs({ x: character.position.x, y: character.position.y, z: 0 })}/>`,
      );
    }
    line(3, '</node>');
  }
  line(2, '</nodes>');

  line(2, '<edges>');
  for (const relationship of dataset.relationships) {
    const type = dataset.typeById.get(relationship.type);
    const edge = {
      id: relationship.id,
      source: relationship.source,
      target: relationship.target,
      label: type?.label ?? relationship.type,
      kind: relationship.type,
      type: type?.directed === false ? 'undirected' : undefined,
    };
    line(3, `<edge${attrs(edge)}>`);
    const values: Attributes[] = [
      { for: 'type', value: relationship.type },
      { for: 'note', value: relationship.note },
      {
        for: 'happened',
        value: relationship.happened === undefined ? undefined : time(relationship.happened),
      },
    ].filter((value) => value.value !== undefined);
    line(4, '<attvalues>');
    for (const value of values) line(5, `<attvalue${attrs(value)}/>`);
    line(4, '</attvalues>');
    line(4, '<spells>');
    line(
      5,
      `<spell${attrs({ start: time(relationship.from), end: time(relationship.until ?? last) })}/>`,
    );
    line(4, '</spells>');
    if (type) {
      line(4, `<viz:color${attrs(rgb(type.color))}/>`);
      line(4, `<viz:shape${attrs({ value: type.line })}/>`);
      // GEXF has no emphasis; the canvas's width carries it (importGexf reads it back).
      line(4, `<viz:thickness${attrs({ value: LINE_WIDTH[type.emphasis] })}/>`);
    }
    line(3, '</edge>');
  }
  line(2, '</edges>');
  line(1, '</graph>');
  line(0, '</gexf>');
  return `${out.join('\n')}\n`;
}
