// The canvas's colours per theme. The canvas cannot read CSS variables, so the values
// mirror src/app/theme.css; the embed passes its own through the same shape.
export type ThemeName = 'light' | 'dark';

export interface GraphTheme {
  readonly name: ThemeName;
  readonly background: string;
  readonly text: string;
  readonly halo: string;
  readonly node: string;
  readonly nodeBorder: string;
  readonly dead: string;
  readonly accent: string;
}

export const GRAPH_THEMES: Record<ThemeName, GraphTheme> = {
  light: {
    name: 'light',
    background: '#ffffff',
    text: '#1b1b1f',
    halo: '#ffffff',
    node: '#4f5d73',
    nodeBorder: '#2c3442',
    dead: '#9a9aa6',
    accent: '#0b5cad',
  },
  dark: {
    name: 'dark',
    background: '#141417',
    text: '#ececf1',
    halo: '#141417',
    node: '#a9b8cc',
    nodeBorder: '#dfe6ef',
    dead: '#6b6b76',
    accent: '#7fb4f0',
  },
};
