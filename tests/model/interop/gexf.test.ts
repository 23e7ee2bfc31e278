// GEXF export and import: the XML written, round trips, files from other tools (static,
// start/end attributes, doubles), hostile and random text, and broken files.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  buildTimeline,
  validateGraphData,
  type Dataset,
  type GraphData,
} from '../../../src/model';
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
        '          <attvalue for="actor" value="Anna Maiche"/>',
        '          <attvalue for="state" value="in a coma" start="1" end="3"/>',
        '          <attvalue for="state" value="in a coma, in septic shock" start="4" end="6"/>',
        '          <attvalue for="state" value="in a coma, stirring" start="7" end="8"/>',
        '          <attvalue for="state" value="waking" start="9" end="9"/>',
        '          <attvalue for="state" value="awake" start="10" end="10"/>',
        '        </attvalues>',
        '        <spells>',
        '          <spell start="1" end="10"/>',
      ].join('\n'),
    );
    // The placeholder leaves the story after S1E9.
    expect(text).toMatch(/<node id="hooded-attacker"[^]*?<spell start="1" end="9"\/>/);
  });

  it('writes edges with kind, label, type colour and shape, and "undirected" for symmetric types', () => {
    expect(text).toMatch(
      /<edge id="hooded-attacked-cassie" source="hooded-attacker" target="cassie" label="Attacks" kind="attacked">[^]*?<attvalue for="type" value="attacked"\/>[^]*?<spell start="1" end="9"\/>[^]*?<viz:color r="227" g="26" b="28"\/>\s*<viz:shape value="solid"\/>/,
    );
    expect(text).toMatch(/<edge id="monique-affair-caleb"[^>]* kind="affair" type="undirected">/);
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
      // GEXF has no place for citations (README), so a state's sources are not compared.
      states: c.states.map(({ state, from, marker }) => ({ state, from, marker })),
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

  it('refuses text that is not a time in the time format, and other XML, with a clear problem', () => {
    expect(
      problemLines(gexf('<nodes><node id="a" start="next week"/></nodes>', ' timeformat="date"')),
    ).toEqual([
      'show.gexf:4:8: start "next week" is not a date — write dates as YYYY-MM-DD, as timeformat="date" says',
    ]);
    expect(problemLines(gexf('<nodes><node id="a" start="2020-01-01"/></nodes>'))).toEqual([
      'show.gexf:4:8: start "2020-01-01" is not a number — use numbers (such as episode numbers), or set timeformat="date" on <graph> for dates',
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

describe('importGexf with dates and several spells', () => {
  const fixture = (name: string) => readFileSync(`tests/fixtures/gexf/${name}`, 'utf8');
  const present = (data: GraphData, id: string) => {
    const result = validateGraphData(data);
    if (!result.ok) throw new Error('the import does not validate');
    const timeline = buildTimeline(result.dataset);
    return result.dataset.episodes.map((episode) => timeline.isPresent(id, episode.position));
  };

  it('maps timeformat="date" to episodes T1…Tn in time order, titled with the dates', () => {
    const data = imported(fixture('spec-dynamic-date.gexf'), 'spec-dynamic-date.gexf');
    expect(data.episodes).toEqual([
      { id: 'T1', title: '2009-01-01' },
      { id: 'T2', title: '2009-01-15' },
      { id: 'T3', title: '2009-02-01' },
      { id: 'T4', title: '2009-03-01' },
      { id: 'T5', title: '2009-03-10' },
      { id: 'T6', title: '2009-03-20' },
    ]);
    expect(data.show.notes).toEqual([
      'The GEXF file\'s times are dates (timeformat="date"): each of the 6 distinct dates became one episode, in time order, T1 (2009-01-01) to T6 (2009-03-20); each episode\'s title is its date. The gaps between dates are not kept.',
    ]);
    expect(data.characters).toEqual([
      { id: '0', name: 'Gephi', firstEpisode: 'T4' },
      { id: '1', name: 'Webatlas', firstEpisode: 'T1' },
      { id: '2', name: 'RTGI', firstEpisode: 'T1', until: 'T5' },
      { id: '3', name: 'BarabasiLab', spans: [{ from: 'T1', until: 'T2' }, { from: 'T4' }] },
    ]);
    expect(data.relationships.map((r) => [r.id, r.source, r.target, r.from, r.until])).toEqual([
      ['0', '0', '1', 'T4', undefined],
      ['1', '0', '2', 'T4', 'T5'],
      ['2', '1', '0', 'T4', undefined],
      ['3', '2', '1', 'T3', 'T5'],
      ['4', '0', '3', 'T4', undefined],
    ]);
  });

  it('maps timeformat="dateTime" in time order, time zones included', () => {
    const data = imported(fixture('spec-dynamic-datetime.gexf'));
    // 18:00 at +01:00 is 17:00 UTC, after 12:00 (read as UTC) on the same day.
    expect(data.episodes.map((e) => e.title)).toEqual([
      '2009-01-01T00:00:00Z',
      '2009-01-15T12:00:00',
      '2009-02-01T12:00:00',
      '2009-03-01T12:00:00',
      '2009-03-10T12:00:00',
      '2009-03-20T12:00:00',
      '2009-03-20T18:00:00+01:00',
    ]);
    expect(data.episodes.map((e) => e.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
    expect(data.characters[3]?.spans).toEqual([
      { from: 'T1', until: 'T2' },
      { from: 'T4', until: 'T6' },
    ]);
  });

  it('keeps a node with two spells present in both and absent between (snapshots)', () => {
    const data = imported(fixture('spec-dynamic-date.gexf'));
    expect(present(data, '3')).toEqual([true, true, false, true, true, true]);
    const result = validateGraphData(data);
    if (!result.ok) throw new Error('the import does not validate');
    const timeline = buildTimeline(result.dataset);
    const names = (episode: number) =>
      timeline
        .snapshotAt(episode)
        .characters.map((c) => c.character.name)
        .sort();
    expect(names(1)).toEqual(['BarabasiLab', 'RTGI', 'Webatlas']);
    expect(names(2)).toEqual(['RTGI', 'Webatlas']);
    expect(names(3)).toEqual(['BarabasiLab', 'Gephi', 'RTGI', 'Webatlas']);
    expect(timeline.diff(1, 2).characters.removed.map((c) => c.name)).toEqual(['BarabasiLab']);
    expect(
      timeline
        .diff(2, 3)
        .characters.added.map((c) => c.character.name)
        .sort(),
    ).toEqual(['BarabasiLab', 'Gephi']);
    // Across the gap and back, nothing about BarabasiLab changed.
    expect(timeline.diff(1, 3).characters.removed).toEqual([]);
  });

  it("splits an edge around its node's absence, and exports spans back as spells", () => {
    const data = imported(
      gexf(
        `<nodes>
          <node id="a"><spells><spell start="1" end="2"/><spell start="4" end="5"/></spells></node>
          <node id="b"/>
        </nodes>
        <edges><edge id="e" source="a" target="b"/></edges>`,
        ' mode="dynamic" timeformat="integer"',
      ),
    );
    expect(data.relationships.map((r) => [r.id, r.from, r.until])).toEqual([
      ['e', 'S1E1', 'S1E2'],
      ['e@2', 'S1E4', undefined],
    ]);
    const exported = exportGexf(data);
    expect(exported).toMatch(
      /<node id="a"[^]*?<spell start="1" end="2"\/>\s*<spell start="4" end="5"\/>/,
    );
    expect(imported(exported).characters[0]?.spans).toEqual([
      { from: 'S1E1', until: 'S1E2' },
      { from: 'S1E4' },
    ]);
  });

  it('warns when an edge starts before its node, at the element; strict refuses it', () => {
    const text = gexf(
      '<nodes><node id="a" start="1"/><node id="b" start="3"/></nodes>\n<edges><edge id="e" source="a" target="b" start="2"/></edges>',
      ' mode="dynamic"',
    );
    const result = importGexf(text, 'show.gexf');
    if (!result.ok) throw new Error(result.problems.map(formatInteropProblem).join('\n'));
    expect(result.warnings.map(formatInteropProblem)).toEqual([
      'warning: show.gexf:5:8: edge starts at "2", before node "b" is there — read as starting at "3", when both nodes are there; to keep the earlier start, start the node earlier',
    ]);
    expect(result.data.relationships[0]?.from).toBe('S1E3');
    const strict = importGexf(text, 'show.gexf', { strict: true });
    expect(strict.ok ? [] : strict.problems.map(formatInteropProblem)).toEqual([
      'show.gexf:5:8: edge starts at "2", before node "b" is there — give the edge a start within both nodes\' times, or import without strict mode to start it when both are there',
    ]);
  });

  it('reads a Gephi-style file: viz: colours, sizes and positions, attvalues, a spell list', () => {
    const data = imported(fixture('gephi-style.gexf'), 'gephi-style.gexf');
    expect(data.characters.map((c) => [c.id, c.name, c.group, c.position])).toEqual([
      ['n0', 'Ada', 'crew', { x: 12.5, y: -3 }],
      ['n1', 'Ben', 'crew', { x: -40, y: 8.25 }],
      ['n2', 'Cleo', 'guests', { x: 0, y: 0 }],
    ]);
    expect(data.types).toEqual([
      { id: 'friend', label: 'friend', color: '#FF0000', directed: false },
    ]);
    expect(data.relationships.map((r) => [r.source, r.target, r.type])).toEqual([
      ['n0', 'n1', 'friend'],
      ['n1', 'n2', 'friend'],
    ]);
  });

  it('keeps hostile strings as labels in a date file', () => {
    const strings = hostileStrings();
    const nodes = strings
      .map(
        (value, index) =>
          `<node id="c${index}" label="${xmlAttribute(value)}" start="2020-0${(index % 9) + 1}-01"/>`,
      )
      .join('\n');
    const data = imported(gexf(`<nodes>${nodes}</nodes>`, ' mode="dynamic" timeformat="date"'));
    expect(data.characters.map((c) => c.name)).toEqual(
      strings.map((value, index) => (xmlSafe(value).trim() ? xmlSafe(value) : `c${index}`)),
    );
    expect(data.episodes.map((e) => e.title)).toEqual(
      Array.from({ length: Math.min(9, strings.length) }, (_, i) => `2020-0${i + 1}-01`),
    );
  });
});

/** Text as an XML attribute value, with line breaks and tabs kept as references. */
function xmlAttribute(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
