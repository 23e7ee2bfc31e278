// Big import inputs made on the spot (never committed): a CSV set of any row count and a
// GEXF file of about a given size, in the shapes spreadsheets and Gephi write. Used by
// `npm run measure:import` and the browser test of opening big files.

/** Deterministic small numbers, so every run opens the same show. */
function numbers(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % below;
  };
}

const EPISODES = 50;

/** characters.csv and relationships.csv with `rows` relationships among `characters` people. */
export function bigCsvSet(rows: number, characters = Math.max(2, Math.round(rows / 20))) {
  const next = numbers(rows);
  const people = ['id,name,group'];
  for (let i = 0; i < characters; i++) people.push(`c${i},Character ${i},g${i % 12}`);
  const links = ['source,target,type,from,until,note'];
  for (let i = 0; i < rows; i++) {
    const source = next(characters);
    const target = (source + 1 + next(characters - 1)) % characters;
    const from = 1 + next(EPISODES);
    const until = next(3) === 0 ? String(Math.min(EPISODES, from + next(10))) : '';
    links.push(
      `c${source},c${target},${i % 7 === 0 ? 'rival' : 'friend'},${from},${until},Met in episode ${from} (${i})`,
    );
  }
  return { characters: `${people.join('\n')}\n`, relationships: `${links.join('\n')}\n` };
}

/** A dynamic GEXF 1.3 file of about `bytes` bytes (edges carry a note to reach it). */
export function bigGexf(bytes: number, edges = 200_000, nodes = 10_000): string {
  const next = numbers(bytes);
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer">',
    '    <attributes class="node" mode="static"><attribute id="group" title="group" type="string"/></attributes>',
    '    <attributes class="edge" mode="static"><attribute id="note" title="note" type="string"/></attributes>',
    '    <nodes>',
  ];
  const parts: string[] = [head.join('\n')];
  for (let i = 0; i < nodes; i++) {
    parts.push(
      `      <node id="n${i}" label="Character ${i}"><attvalues><attvalue for="group" value="g${i % 12}"/></attvalues></node>`,
    );
  }
  parts.push('    </nodes>\n    <edges>');
  const fixed = parts.join('\n').length + 40;
  const perEdge = Math.max(0, Math.floor((bytes - fixed) / edges) - 150);
  const filler = 'x'.repeat(perEdge);
  for (let i = 0; i < edges; i++) {
    const source = next(nodes);
    const target = (source + 1 + next(nodes - 1)) % nodes;
    const start = 1 + next(EPISODES);
    const end = Math.min(EPISODES, start + next(20));
    parts.push(
      `      <edge id="e${i}" source="n${source}" target="n${target}" kind="${i % 7 === 0 ? 'rival' : 'friend'}" start="${start}" end="${end}"><attvalues><attvalue for="note" value="${filler}"/></attvalues></edge>`,
    );
  }
  parts.push('    </edges>\n  </graph>\n</gexf>\n');
  return parts.join('\n');
}
