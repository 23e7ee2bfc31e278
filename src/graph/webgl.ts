// Which renderer to offer. Cytoscape's WebGL renderer wins on a real GPU with big casts;
// on a software GL (SwiftShader, llvmpipe) it is several times slower than the 2D canvas,
// so canvas stays the default there.
export type WebGLSupport = 'hardware' | 'software' | 'none';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

export function detectWebGL(document: Document = globalThis.document): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(
      gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '',
    );
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(renderer) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

// WebGL draws solid lines only; how line styles become weights is part of each type's
// appearance (src/model/typeAppearance.ts). Re-exported for the graph layer's users.
export { WEBGL_LINE_STYLE } from '../model';
