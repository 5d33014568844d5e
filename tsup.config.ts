import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'tsup'

/** The language profiles are read at run time next to the built modules (`dist/profiles/profiles.json`), not bundled. */
const copyProfiles = {
  name: 'copy-language-profiles',
  setup(build: { initialOptions: { outdir?: string }; onEnd: (callback: () => void) => void }): void {
    build.onEnd(() => {
      const outDir = build.initialOptions.outdir ?? 'dist'
      mkdirSync(join(outDir, 'profiles'), { recursive: true })
      copyFileSync(new URL('./src/detect/profiles/profiles.json', import.meta.url), join(outDir, 'profiles', 'profiles.json'))
    })
  },
}

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
  esbuildPlugins: [copyProfiles],
})
