import { describe, expect, it } from 'vitest'

// The public surface is explicit (src/index.ts): adding or removing a value export is a deliberate change
// that has to update this list.
describe('public API', () => {
  it('exports exactly these values', async () => {
    expect(Object.keys(await import('../../src/index.js')).sort()).toEqual([
      'DATASET_JSON', 'DEFAULT_DRIFT_WEIGHTS', 'DEFAULT_PARALLEL_THRESHOLD', 'DRIFT_CODES', 'EXPORT_FORMATS',
      'InputError', 'Lexicon', 'OutputError', 'PARALLEL_MIN_DOCUMENTS', 'ParacorpusError', 'REPORT_HTML', 'RULE_IDS',
      'UsageError', 'VERSION', 'alignBitext', 'alignBitextCorpus', 'alignCorpus', 'alignDocuments', 'alignFamily',
      'alignShard', 'alignToPivot', 'alignToSlots', 'assessParallelism', 'buildDataset', 'buildPivot', 'chooseHub',
      'datasetFiles', 'datasetSchema', 'decodeText', 'detectDocument', 'detectLanguage', 'detectScript',
      'documentFromBytes', 'documentId', 'extractAnchors', 'familyKey', 'familyLanguages', 'familyPairs',
      'familySource', 'findAnchor', 'findFamilies', 'findSpeakers', 'findSwaps', 'formatBead', 'formatJsonl',
      'groupFamilies', 'groupShard', 'isExportFormat', 'judgePairs', 'judgeShard', 'languagePairLexicon', 'lineShape', 'loadCorpus',
      'loadCorpusParallel', 'loadPivot', 'mergeShards', 'normalizeText', 'parseBeadLines', 'parseDocument',
      'parseJsonl', 'parsePivot', 'planPairs', 'prepareFile', 'prepareInputs', 'prepareText', 'readDocument',
      'readDocuments', 'resolvePaths', 'ruleUrl', 'scoreDrift', 'segmentDocument', 'serializePivot', 'slotIds', 'speakerLabel',
      'splitSentences', 'summarizeLanguages', 'toBcp47', 'toHtml', 'toHtmlPages', 'toJson', 'toJsonl', 'toMoses',
      'toNwayJsonl', 'toTmx', 'tokenizeWords', 'trainCorpusLexicon', 'writeDataset',
    ])
  })

  it('makes every error class a ParacorpusError with a name of its own', async () => {
    const api = await import('../../src/index.js')
    for (const ErrorClass of [api.InputError, api.UsageError, api.OutputError]) {
      const error = new ErrorClass('INVALID_INPUT', 'x', { file: 'f' })
      expect(error).toBeInstanceOf(api.ParacorpusError)
      expect(error.name).toBe(ErrorClass.name)
      expect(error.file).toBe('f')
    }
  })
})
