import { describe, expect, it } from 'vitest'
import { sameCode } from '../../src/align/anchors/sameCode.js'

// Example commit messages of the Conventional Commits specification (conventional-commits/conventionalcommits.org,
// commit 7d293dc, MIT licence: content/v1.0.0/index.md and its Portuguese and Turkish translations), whose text the
// translations translate inside the code blocks, keeping each message's type and footer token.
describe('code blocks with their lines of text translated', () => {
  it.each([
    ['feat!: send an email to the customer when a product is shipped', 'feat!: envia email para o cliente quando o produto é enviado'],
    ['feat(api)!: send an email to the customer when a product is shipped', 'feat(api)!: müşteriye, ürünü kargolandığında mail atma özelliği eklendi'],
    ['docs: correct spelling of CHANGELOG', 'docs: ortografia correta de CHANGELOG'],
    [
      'feat: allow provided config object to extend other configs\n\nBREAKING CHANGE: `extends` key in config file is now used for extending other config files',
      'feat: permitir que o objeto de configuração fornecido estenda outras configurações\n\nBREAKING CHANGE: a chave `extends`, no arquivo de configuração, agora é utilizada para estender outro arquivo de configuração',
    ],
    ['revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868', 'revert: nunca mais falaremos do incidente do miojo\n\nRefs: 676104e, a215868'],
    // A comment after code, translated (Vite's getting-started page and its Spanish translation, data/docs-dev).
    [
      'git clone https://github.com/vitejs/vite.git\ncd vite\npnpm install\ncd packages/vite\npnpm run build\npnpm link # use your preferred package manager for this step',
      'git clone https://github.com/vitejs/vite.git\ncd vite\npnpm install\ncd packages/vite\npnpm run build\npnpm link # utiliza el gestor de paquetes de tu preferencia para este paso',
    ],
  ])('%s = %s', (a, b) => {
    expect(sameCode(a, b)).toBe(true)
    expect(sameCode(b, a)).toBe(true)
  })

  it.each([
    // The code before the text changed: another type (a Sinhala copy), a mark moved (the Portuguese `feat:!`), another
    // reference kept beside translated text.
    ['feat!: drop support for Node 6', 'chore!: drop support for Node 6'],
    ['feat!: drop support for Node 6', 'feat:! remove suporte para Node 6'],
    ['revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868', 'revert: nunca mais falaremos do incidente do miojo\n\nRefs: 676104e, a215869'],
    // A word changed in text that keeps the others is an edit, not a translation (the Chinese page's `adds`).
    ['feat(parser): add ability to parse arrays', 'feat(parser): adds ability to parse arrays.'],
    // Values of a few words are code, not text: another command.
    ['command: npm run build', 'command: npm run dev'],
    // Text alone, no code kept around it: nothing says it is the same block; nor does a line of punctuation.
    ['send an email to the customer', 'envia email para o cliente'],
    ['send an email to the customer\n---', 'envia email para o cliente\n---'],
    // A command's arguments are no text, however many words they are: other packages, other services.
    ['RUN apt-get install -y curl wget git', 'RUN apt-get install -y vim nano htop'],
    ['npm install express cors dotenv', 'npm install react redux axios'],
    ['pip install numpy pandas scipy', 'pip install torch transformers datasets'],
    ['brew install node yarn pnpm', 'brew install go rust python'],
    ['docker compose up web db cache', 'docker compose up api worker queue'],
    // `--` inside a command ends its options; it opens no comment.
    ['git log -- src lib tests', 'git log -- docs scripts bin'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameCode(a, b)).toBe(false)
    expect(sameCode(b, a)).toBe(false)
  })
})

// Starlight's i18n guide (withastro/starlight, commit 3999be7, MIT licence: docs/src/content/docs/guides/i18n.mdx and
// de/guides/i18n.mdx): a translation file's example whose string values the German page translates, keys and
// placeholders kept; its language is another number of words sharing one with the English (`Astro-Dokumentation`).
describe('string values of code translated in another number of words', () => {
  const en = '{\n\t"link.astro": "Astro documentation",\n\t"link.astro.custom": "Astro documentation for {{feature}}"\n}'
  const de = '{\n\t"link.astro": "Astro Dokumentation",\n\t"link.astro.custom": "Astro-Dokumentation für {{feature}}"\n}'

  it('are the same code', () => {
    expect(sameCode(en, de)).toBe(true)
    expect(sameCode(de, en)).toBe(true)
  })

  it.each([
    // Another key or another placeholder is other code.
    [en, de.replace('link.astro.custom', 'link.astro.other')],
    [en, de.replace('{{feature}}', '{{name}}')],
    // Words of code in quotes keep their number: a script that drops a word is another command.
    ['"build": "vite build"', '"build": "vite"'],
    ['"dev": "astro dev --host"', '"dev": "astro --host"'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameCode(a, b)).toBe(false)
    expect(sameCode(b, a)).toBe(false)
  })
})

// wtfjs's README and its French translation (denysdovhan/wtfjs, WTFPL: README.md, README-fr-fr.md): inline code the
// translation writes with its own quotation marks and ellipsis.
describe('code written in a translation’s typography', () => {
  it.each([
    ["'object'", '"object"'],
    ['foo.x = ...', 'foo.x = …'],
    ["typeof null; // -> 'object'", 'typeof null; // -> "object"'],
  ])('%s = %s', (a, b) => {
    expect(sameCode(a, b)).toBe(true)
    expect(sameCode(b, a)).toBe(true)
  })

  it.each([
    ["'object'", "'string'"],
    ['foo.x = ...', 'foo.y = …'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameCode(a, b)).toBe(false)
  })
})
