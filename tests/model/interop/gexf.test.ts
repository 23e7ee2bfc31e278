// GEXF export and import: the XML written, round trips, files from other tools (static,
// start/end attributes, doubles), hostile and random text, and broken files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, validateGraphData, type Dataset, type GraphData } from '../../../src/model';
import { exportGexf, formatInteropProblem, importGexf, xmlSafe } from '../../../src/model/interop';
import { hostileStrings } from '../../fixtures/corpus';
import { minimalData, shippedDataset } from '../../fixtures/data';

const shipped = () => {
  const result = validateGraphData(shippedDataset());
  if (!result.ok) throw new Error('shipped dataset does not validate');
  return result;
};

function imported(text: string, file = 'show.gexf'): GraphData {
  const result = importGexf(text, file);
  if (!result.ok) throw new Error(result.problems.map(formatInteropProblem).join('\n'));
  return result.data;
}

function problemLines(text: string): string[] {
  const result = importGexf(text, 'show.gexf');
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatInteropProblem);
}

const gexf = (graph: string, graphAttributes = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph${graphAttributes}>\n${graph}\n</graph>\n</gexf>\n`;

describe('exportGexf', () => {
  const { data, dataset } = shipped();
  const text = exportGexf(data, dataset);

  it('writes a dynamic GEXF 1.3 graph with integer time and declared attributes', () => {
    expect(text).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3" xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz" version="1\.3">/,
    );
    expect(text).toContain('<graph mode="dynamic" defaultedgetype="directed" timeformat="integer"');
    expect(text).toContain('<attributes class="node" mode="static">');
    expect(text).toContain(
      '<attributes class="node" mode="dynamic">\n      <attribute id="state" title="state" type="string"/>',
    );
    expect(text).toContain('<attribute id="note" title="note" type="string"/>');
  });

  it('writes nodes with spells, attributes and dynamic states', () => {
    expect(text).toContain(
      [
        '<node id="cassie" label="Cassie Shore">',
        '        <attvalues>',
        '          <attvalue for="group" value="students"/>',
        '          <attvalue for="state" value="in a coma" start="1" end="8"/>',
        '          <attvalue for="state" value="awake" start="9" end="10"/>',
        '        </attvalues>',
        '        <spells>',
        '          <spell start="1" end="10"/>',
      ].join('\n'),
    );
    // The placeholder leaves the story after S1E8.
    expect(text).toMatch(/<node id="unknown-attacker"[^]*?<spell start="1" end="8"\/>/);
  });

  it('writes edges with kind, label, type colour and shape, and "undirected" for symmetric types', () => {
    expect(text).toMatch(
      /<edge id="unknown-attacker-attacked-cassie" source="unknown-attacker" target="cassie" label="Attacked" kind="attacked">[^]*?<attvalue for="type" value="attacked"\/>[^]*?<spell start="1" end="8"\/>[^]*?<viz:color r="227" g="26" b="28"\/>\s*<viz:shape value="solid"\/>/,
    );
    expect(text).toMatch(/<edge id="ramon-affair-students"[^>]* kind="affair" type="undirected">/);
  });

  it('writes viz:position for baked positions', () => {
    const withPosition = minimalData();
    withPosition.characters[0] = { id: 'bette', name: 'Bette', position: { x: -12.5, y: 40 } };
    expect(exportGexf(withPosition)).toContain('<viz:position x="-12.5" y="40" z="0"/>');
  });
});

describe('round trip through GEXF', () => {
  const summary = (dataset: Dataset) => ({
    episodes: dataset.episodes.map((episode) => episode.position),
    characters: dataset.characters.map((c) => ({
      id: c.id,
      name: c.name,
      actor: c.actor,
      group: c.group,
      introduced: c.introduced,
      until: c.until,
      states: c.states,
      position: c.position,
    })),
    relationships: dataset.relationships.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      from: r.from,
      until: r.until,
      happened: r.happened,
      note: r.note,
    })),
    // GEXF declares types in the order edges use them; only that order may change.
    types: dataset.types.map((t) => ({ ...t })).sort((a, b) => a.id.localeCompare(b.id)),
  });

  it("keeps the shipped dataset's nodes, edges, types and times", () => {
    const { data, dataset } = shipped();
    const back = imported(exportGexf(data, dataset), 'tiny.gexf');
    expect(summary(buildDataset(back))).toEqual(summary(dataset));
    expect(back.show.title).toBe('Tiny Pretty Things');
    expect(back.relationships.every((r) => r.sources[0]?.source === 'gexf')).toBe(true);
    expect(back.show.sources).toEqual([{ id: 'gexf', title: 'tiny.gexf' }]);
  });

  it('keeps positions', () => {
    const data = minimalData();
    data.characters[1] = {
      id: 'delia',
      name: 'Delia',
      firstEpisode: 'S1E2',
      position: { x: 1.5, y: -2 },
    };
    expect(imported(exportGexf(data)).characters[1]?.position).toEqual({ x: 1.5, y: -2 });
  });

  it('keeps hostile strings as names and notes, minus what XML 1.0 cannot carry', () => {
    const strings = hostileStrings();
    const data: GraphData = {
      ...minimalData(),
      characters: strings.map((value, index) => ({ id: `c${index}`, name: value, group: value })),
      relationships: strings.map((value, index) => ({
        id: `r${index}`,
        source: `c${index}`,
        target: `c${(index + 1) % strings.length}`,
        type: 'sibling',
        from: 1,
        note: value,
        sources: [{ source: 'article' }],
      })),
    };
    const text = exportGexf(data);
    // Line breaks and tabs travel as references: parsers turn literal ones into spaces.
    expect(text).toContain('label="line1&#10;line2"');
    expect(text).toContain('label="tab&#9;here"');
    expect(text).toContain('label="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(text).toContain('label="x&quot; onmouseover=&quot;alert(1)"');
    expect(text.includes('\u0000')).toBe(false);
    const back = imported(text);
    expect(back.characters.map((c) => c.name)).toEqual(strings.map(xmlSafe));
    expect(back.characters.map((c) => c.group)).toEqual(strings.map(xmlSafe));
    expect(back.relationships.map((r) => r.note)).toEqual(strings.map(xmlSafe));
    // The one corpus string XML cannot carry whole: NUL is dropped.
    expect(back.characters.find((c) => c.id === `c${strings.indexOf('\u0000nul')}`)?.name).toBe(
      'nul',
    );
  });

  it('keeps any text as names and notes (property, 200 runs)', () => {
    const anyChar = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
        minLength: 1,
      }),
      fc.constantFrom('&amp;', '&#10;', ']]>', '<!--', '"\'', '\r\n', '  x  ', '&lt;b&gt;'),
    );
    fc.assert(
      fc.property(anyChar, anyChar, (name, note) => {
        const data = minimalData();
        data.characters[0] = { id: 'bette', name };
        const relationship = data.relationships[0];
        if (relationship) relationship.note = note;
        const back = imported(exportGexf(data));
        const safeName = xmlSafe(name);
        expect(back.characters[0]?.name).toBe(safeName.trim() === '' ? 'bette' : safeName);
        expect(back.relationships[0]?.note).toBe(
          xmlSafe(note).trim() === '' ? undefined : xmlSafe(note),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('xmlSafe', () => {
  it('removes exactly the characters XML 1.0 forbids', () => {
    const forbidden = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800';
    expect(xmlSafe(`a${forbidden}b`)).toBe('ab');
    const allowed = '\t\n\r \u007F\u0085\uD7FF\uE000\uFFFD😀名';
    expect(xmlSafe(allowed)).toBe(allowed);
  });
});

describe('importGexf from other tools', () => {
  it('reads a static graph: everything from episode 1, types from kind, attribute, label or "related"', () => {
    const data = imported(
      gexf(
        `<attributes class="edge"><attribute id="0" title="Type" type="string"/></attributes>
        <nodes>
          <node id="a" label="Alice"><viz:position x="10" y="20"/></node>
          <node id="b" label=""/>
          <node id="c" label="Carol"/>
        </nodes>
        <edges>
          <edge source="a" target="b" kind="rival" label="Rivals"/>
          <edge source="b" target="c"><attvalues><attvalue for="0" value="mentor"/></attvalues></edge>
          <edge source="c" target="a" label="friend"/>
          <edge source="a" target="c"/>
        </edges>`,
        ' mode="static" defaultedgetype="undirected"',
      ),
    );
    expect(data.episodes).toEqual([{ id: 'S1E1' }]);
    expect(data.characters.map((c) => [c.id, c.name, c.firstEpisode])).toEqual([
      ['a', 'Alice', 'S1E1'],
      ['b', 'b', 'S1E1'],
      ['c', 'Carol', 'S1E1'],
    ]);
    expect(data.characters[0]?.position).toEqual({ x: 10, y: 20 });
    expect(data.relationships.map((r) => [r.type, r.from, r.until])).toEqual([
      ['rival', 'S1E1', undefined],
      ['mentor', 'S1E1', undefined],
      ['friend', 'S1E1', undefined],
      ['related', 'S1E1', undefined],
    ]);
    expect(data.types?.map((t) => [t.id, t.label, t.directed])).toEqual([
      ['rival', 'Rivals', false],
      ['mentor', 'Mentor', false],
      ['friend', 'friend', false],
      ['related', 'Related', false],
    ]);
  });

  it('reads start and end attributes on nodes and edges as episodes', () => {
    const data = imported(
      gexf(
        `<nodes>
          <node id="a" label="A" start="1"/>
          <node id="b" label="B" start="2" end="4"/>
          <node id="c" label="C"/>
        </nodes>
        <edges>
          <edge id="e1" source="a" target="b" start="3" end="3"/>
          <edge id="e2" source="a" target="c" start="2"/>
          <edge id="e3" source="b" target="c"/>
        </edges>`,
        ' mode="dynamic" timeformat="integer" defaultedgetype="directed"',
      ),
    );
    expect(data.episodes.map((e) => e.id)).toEqual(['S1E1', 'S1E2', 'S1E3', 'S1E4']);
    expect(data.characters.map((c) => [c.id, c.firstEpisode, c.until])).toEqual([
      ['a', 'S1E1', undefined],
      ['b', 'S1E2', undefined],
      ['c', 'S1E1', undefined],
    ]);
    // e3 has no times of its own, so it holds while both its nodes are in the graph.
    expect(data.relationships.map((r) => [r.id, r.from, r.until])).toEqual([
      ['e1', 'S1E3', 'S1E3'],
      ['e2', 'S1E2', undefined],
      ['e3', 'S1E2', undefined],
    ]);
    expect(data.types?.[0]).toMatchObject({ id: 'related', directed: true });
  });

  it('ranks double times, and splits an edge whose spells leave a gap', () => {
    const data = imported(
      gexf(
        `<nodes><node id="a"/><node id="b"/></nodes>
        <edges>
          <edge id="e" source="a" target="b"><spells>
            <spell start="0.5" end="1.5"/><spell start="2001.25" end="2001.25"/>
          </spells></edge>
          <edge id="f" source="b" target="a" start="1999"/>
        </edges>`,
        ' mode="dynamic" timeformat="double"',
      ),
    );
    expect(data.episodes.map((e) => e.id)).toEqual(['S1E1', 'S1E2', 'S1E3', 'S1E4']);
    expect(data.relationships.map((r) => [r.id, r.from, r.until])).toEqual([
      ['e', 'S1E1', 'S1E2'],
      ['e@2', 'S1E4', undefined],
      ['f', 'S1E3', undefined],
    ]);
  });
});

describe('importGexf problems', () => {
  it('reports malformed XML with its line and column, without throwing', () => {
    expect(problemLines('<gexf>\n  <graph>\n    <nodes></graph>\n</gexf>')).toEqual([
      expect.stringMatching(/^show\.gexf:3:\d+: malformed XML: .*'nodes'.* — save the file again/),
    ]);
    expect(problemLines('')[0]).toMatch(/^show\.gexf(:\d+)*: malformed XML/);
    expect(problemLines('<gexf><graph><nodes><__proto__ id="x"/></nodes></graph></gexf>')).toEqual([
      'show.gexf: cannot read the XML: [SECURITY] Invalid name: "__proto__" is a reserved JavaScript keyword that could cause prototype pollution — remove elements and attributes that GEXF does not define',
    ]);
  });

  it('reads attributes named like Object members as plain attributes', () => {
    const odd =
      '<gexf><graph><nodes><node id="a" constructor="x" toString="y"/></nodes></graph></gexf>';
    expect(imported(odd).characters).toEqual([{ id: 'a', name: 'a', firstEpisode: 'S1E1' }]);
  });

  it('refuses dates, and other XML, with a clear problem', () => {
    expect(
      problemLines(gexf('<nodes><node id="a" start="2020-01-01"/></nodes>', ' timeformat="date"')),
    ).toEqual([
      'show.gexf:3:1: times in dates (timeformat="date") are not supported — export with integer or double time, such as episode numbers 1, 2, 3',
    ]);
    expect(problemLines(gexf('<nodes><node id="a" start="2020-01-01"/></nodes>'))).toEqual([
      'show.gexf:4:8: start "2020-01-01" is not a number — GEXF dates are not supported; use integer or double times such as episode numbers',
    ]);
    expect(problemLines('<graphml><graph/></graphml>')[0]).toMatch(/not a GEXF file/);
  });

  it('points validation problems at the element', () => {
    const lines = problemLines(
      gexf('<nodes>\n<node id="a"/>\n</nodes>\n<edges>\n<edge source="a" target="zz"/>\n</edges>'),
    );
    expect(lines).toEqual([
      'show.gexf:8:1: unknown character "zz" — use the id of a character listed in "characters", or add that character',
    ]);
  });
});

describe('type looks (format v2)', () => {
  it('writes emphasis as the edge thickness and reads a strong type back', () => {
    const data = minimalData();
    data.types = [{ id: 'parent', label: 'Parent', directed: true, emphasis: 'strong' }];
    data.relationships.push({
      id: 'r3',
      source: 'bette',
      target: 'cassie',
      type: 'parent',
      from: 'S1E1',
      sources: [{ source: 'article' }],
    });
    const text = exportGexf(data);
    expect(text).toMatch(/<edge id="r3"[^]*?<viz:thickness value="4"\/>/);
    expect(text).toMatch(/<edge id="r1"[^]*?<viz:thickness value="2.2"\/>/);
    const back = imported(text);
    expect(back.types?.find((type) => type.id === 'parent')?.emphasis).toBe('strong');
    expect(buildDataset(back).typeById.get('sibling')?.emphasis).toBe('normal');
  });
});
