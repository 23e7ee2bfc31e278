// "Harbour", a small show in two CSV files: the own-show and file-opening specs import it.
export interface TestFile {
  readonly name: string;
  readonly text: string;
}

export const CHARACTERS = [
  'id,name,group',
  'ada,Ada Quill,crew',
  'ben,Ben Hollow,crew',
  'cleo,Cleo Marsh,guests',
].join('\n');

export const RELATIONSHIPS = [
  'source,target,type,from,until,note',
  'ada,ben,sibling,S1E1,,Twins',
  'cleo,ben,suspect,S1E2,S1E3,Saw him near the boat',
  'ada,cleo,affair,S1E3,,',
].join('\n');

export const CSV_PAIR: readonly TestFile[] = [
  { name: 'Harbour characters.csv', text: CHARACTERS },
  { name: 'Harbour relationships.csv', text: RELATIONSHIPS },
];
