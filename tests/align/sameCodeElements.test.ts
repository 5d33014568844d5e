import { describe, expect, it } from 'vitest'
import { sameCode } from '../../src/align/anchors/sameCode.js'

// The text of an HTML element is translated in full by doc translations (OpenTelemetry's browser page: `<body>`'s
// sentence in Japanese); the content of `<script>` and `<style>`, and content that reads as code, is code (review M4
// of d7e0db3: two Vue single-file components with different script code were the same code).
describe('sameCode on markup whose element text is translated', () => {
  it('reads translated element text as the same code', () => {
    const en = '<body>\nExample of using Web Tracer with document load plugin\n<script type="module" src="document-load.ts"></script>\n</body>'
    const ja = '<body>\nドキュメントロードプラグインを使用したWebトレーサーの例\n<script type="module" src="document-load.ts"></script>\n</body>'
    expect(sameCode(en, ja)).toBe(true)
  })

  it('reads other code in <script> or <style>, or code between tags, as other code', () => {
    const vue = (name: string, start: number): string => `<script setup>\nimport { ref } from "vue"\nconst ${name} = ref(${start})\n</script>\n<template>\n<p>Hello</p>\n</template>`
    expect(sameCode(vue('count', 0), vue('total', 1))).toBe(false)
    expect(sameCode('<style>\n.a { color: red }\n</style>\n<p>x</p>', '<style>\n.a { color: blue }\n</style>\n<p>y</p>')).toBe(false)
    expect(sameCode('<p>{{ count }}</p>', '<p>{{ total }}</p>')).toBe(false)
  })
})
