// The widget's options live in the model's one table (src/model/embedOptions.ts); this
// re-export only keeps mount.ts's import working.
export type { EmbedOptions } from '../model';
