import { configDefaults, defineConfig } from 'vitest/config'
import { usableCores } from './src/util/usableCores.js'

/** Test files that replace a module (`vi.mock`) and so need modules of their own, loaded anew for the file. */
const ownModules = ['tests/bad-input/permissions.test.ts']

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One fork per core the process may use: Vitest's default (every core but one) runs one file at a time on two
    // cores, and counts a container's host, not its CPU quota.
    maxWorkers: usableCores(),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ownModules],
          // A fork imports the library once for all the files it runs, not once per file: the import of the library
          // and its lexicons, not the tests, took most of the suite's time.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ownModules, isolate: true } },
    ],
  },
})
