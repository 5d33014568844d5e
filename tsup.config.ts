import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'pipeline-worker': 'src/pipeline/pipelineWorker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: false,
  clean: true,
  splitting: true,
  shims: false,
})
