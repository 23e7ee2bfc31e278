// The model's public surface: format, validation, dataset and timeline engine. Pure TypeScript.
export * from './builtinTypes';
export * from './catalog';
export * from './dataset';
export * from './episodeRef';
export * from './jsonText';
export * from './problems';
export * from './schema';
export * from './timeline';
export * from './validate';
export * from './embedSnippet';
export * from './levelOfDetail';
export * from './bakedPositions';
export * from './embedOptions';
export * from './color';
export * from './typeAppearance';
export * from './characterState';
