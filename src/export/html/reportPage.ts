import { escapeXmlText as text } from '../xmlText.js'
import { REPORT_SCRIPT } from './reportScript.js'
import { REPORT_CSS } from './reportStyles.js'

/**
 * A complete report page: head (charset, viewport, generator, title, inline style) and body, with the
 * report's inline script at the end.
 * @param title Page title.
 * @param version paracorpus version, for the generator meta tag.
 * @param body The body's HTML.
 */
export function reportPage(title: string, version: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="paracorpus ${text(version)}">`,
    `<title>${text(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
