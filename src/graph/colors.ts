// The contrast maths moved to src/model/color.ts, where typeAppearance uses it; this
// re-export keeps older imports from src/graph working.
export { contrast, readableOn } from '../model/color';
