// jose 6 is ESM-only and publishes its types under `exports`, which the workspace's
// `moduleResolution: node` does not read; point the compiler at them. (Node 20.19+ loads the
// package with require(esm); jest transforms it, see jest.preset.js.)
declare module 'jose' {
  export * from 'jose/dist/types/index';
}
