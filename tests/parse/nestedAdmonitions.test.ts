import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/index.js'

// The installation tabs of Spaceship's MkDocs Material page "Getting started" and its Portuguese translation
// (spaceship-prompt/spaceship-prompt `docs/getting-started.md`, `docs/getting-started.pt.md`, lines 20–28, at
// e374221d14f0cacbec46124c2de0ad2ecae25b6f, MIT, © Denys Dovhan): an admonition inside a content tab, its body
// indented under it, and the translation writing the admonition's type in its own language (`!!! sugestão`).
const EN = [
  '## Installing',
  '',
  'Now that the requirements are satisfied, you can install Spaceship via any of the following approaches:',
  '',
  '=== "Manual"',
  '',
  '    !!! hint',
  "        If you're using any plugin manager, like Oh-My-Zsh, antigen, zgen, zplug or other, this might not be the best way to install Spaceship for you.",
  '',
  '    1. Clone this repo somewhere, for example to `$HOME/.zsh/spaceship`.',
  '    2. Source Spaceship in your `~/.zshrc`.',
].join('\n')
const PT = [
  '## Instalação',
  '',
  'Agora que já satisfazemos os requisitos, podemos instalar a Spaceship através de quaisquer uma das seguintes abordagens:',
  '',
  '=== "Manual"',
  '',
  '    !!! sugestão',
  '        Se estivermos a usar algum gestor de extensão, como Oh-My-Zsh, antigen, zgen, zplug ou outro, esta pode não ser a melhor maneira instalar a Spaceship para nós.',
  '',
  '    1. Clonamos este repositório em algum lugar, por exemplo, em `$HOME/.zsh/spaceship`.',
  '    2. Extraímos a Spaceship no nosso `~/.zshrc`.',
].join('\n')

const roles = (text: string, path: string) => segmentDocument(text, { id: path, path }).segments.map((s) => [s.role, s.text.slice(0, 24)])

describe('an admonition inside a content tab', () => {
  it('reads its body as prose, not as code, at any indentation', () => {
    const segments = roles(EN, 'docs/getting-started.md')
    expect(segments).toContainEqual(['body', "If you're using any plug"])
    expect(segments.some(([role]) => role === 'code')).toBe(false)
  })

  it('opens an admonition whose type a translation wrote in its language, so both documents have the same blocks', () => {
    const pt = roles(PT, 'docs/getting-started.pt.md')
    expect(pt).toContainEqual(['body', 'Se estivermos a usar alg'])
    expect(pt.some(([, text]) => text?.includes('!!!') === true)).toBe(false)
    expect(pt.map(([role]) => role)).toEqual(roles(EN, 'docs/getting-started.md').map(([role]) => role))
  })

  it('leaves a capitalised type as prose, as MkDocs does', () => {
    const prose = roles('# Note\n\n!!! Warning\n\n    This line is indented code.\n', 'a.md')
    expect(prose).toContainEqual(['code', 'This line is indented co'])
    expect(prose).toContainEqual(['body', '!!! Warning'])
  })
})
