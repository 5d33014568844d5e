import { describe, expect, it } from 'vitest'
import { sameCode } from '../../src/align/anchors/sameCode.js'

// Commands as real translations write them: the art-of-command-line excerpt (tests/fixtures/commands) and the
// dev sets (data/docs-dev, tests/fixtures/real; sources and licences in their READMEs).

describe('sameCode on commands with translated placeholders', () => {
  it.each([
    ['(cd /some/other/dir && other-command)', '(cd /irgendein/anderes/verzeichnis && anderer-befehl)'],
    ['(cd /some/other/dir && other-command)', '(cd /direktori/kerja/lainnya && suatu-perintah)'],
    ['some-command >logfile 2>&1', 'suatu-perintah > berkaslog 2>&1'],
    ['some-command &>logfile', 'suatu-perintah &>berkaslog'],
    ['mv foo.{txt,pdf} some-dir', 'mv foo.{txt,pdf} zielverzeichnis'],
    ['"example.com"', '"exemple.com"'],
    ['<p>Hello Vite!</p>', '<p>Hallo Vite!</p>'],
    // A string's text translated (Tauri's and OpenTelemetry's translated UI strings).
    ["console.log('Hello world')", "console.log('Привет мир')"],
    // A camel-case placeholder translated (OpenTelemetry's known-faithful Portuguese Go resources page).
    ['semconv.ServiceNameKey.String("myService"),', 'semconv.ServiceNameKey.String("meuServico"),'],
    // A path of placeholders in another number of words; an argument's digits kept.
    ['sudo chattr +i /critical/directory/or/file', 'sudo chattr +i /direktori/berkas/penting'],
    ['diff -r tree1 tree2 | diffstat', 'diff -r strom1 strom2 | diffstat'],
    // A shell prompt opening a line is no part of the command (Vite's Spanish Getting Started copies it without).
    ['$ npm create vite@latest my-vue-app -- --template vue', 'npm create vite@latest my-vue-app -- --template vue'],
    // A placeholder phrase alone between symbols, translated (tiimgreen/github-cheat-sheet, commit 746af1b, its
    // Korean README; `<your-repo>` as the art-of-command-line excerpt writes placeholders).
    [':name_of_emoji:', ':에모지의_이름:'],
    ['<your-repo>', '<ihr-repo>'],
    // An example path written with the translation's own locale (withastro/starlight, commit 3999be7, its i18n guide
    // in German and Russian).
    ['en/about.md', 'de/about.md'],
    ['ar/index.md', 'ru/index.md'],
    ['/en/about', '/ru/about'],
  ])('%s = %s', (a, b) => {
    expect(sameCode(a, b)).toBe(true)
    expect(sameCode(b, a)).toBe(true)
  })

  it.each([
    // Another program, an option added or removed, a number or the syntax changed.
    ['$ npm install -D vite', '$ yarn add -D vite'],
    ['$ npm create vite@latest', '$ pnpm create vite'],
    ['pnpm link', 'pnpm link --global'],
    ['eval $(starship init ion)', 'eval $(starhip init ion)'],
    ['npx tiged user/project my-project', 'npx degit user/project#main my-project'],
    ['sudo apt install -y zip g++ gcc git', 'sudo apt install -y g++ gcc git'],
    ['${name:?error message}', '$(nama_variabel:?pesan kesalahan)'],
    ['some-command >logfile 2>&1', 'algum-comando >logfile 2> $1'],
    ['cp somefile somefile.bak', 'cp datei datei.txt'],
    ["find . -iname '*something*'", "find . -name '*irgendwas*'"],
    ['head -100 *', 'head -180 *'],
    ['diff -r tree1 tree2 | diffstat', 'diff -r strom1 strom3 | diffstat'],
    ['chmod +x run.sh', 'chmod +w run.sh'],
    // A program's path is its name; a path that keeps some of its words and drops others is another path.
    ['target/release/rustdesk', 'target/debug/rustdesk'],
    ['cat /proc/xxx/fd/', 'cat /proc/fd/'],
    // White space that parts a path; words alone, none kept.
    ['rm -rf /tmp', 'rm -rf / tmp'],
    ['<link href>', '<root>'],
    ['<p>', '<div>'],
    ['/viːt/', '/vit/'],
    // An emoji's code is a word of the program, not a placeholder; a phrase keeping its first word names another thing.
    [':smile:', ':미소:'],
    [':name_of_emoji:', ':smile:'],
    ['<my-app>', '<my-project>'],
    // Two ASCII names of one kind: a template variable or an emoji code changed, not a placeholder translated.
    ['{user_id}', '{order_id}'],
    ['<user_name>', '<file_path>'],
    [':white_check_mark:', ':heavy_check_mark:'],
    // A path's segment that names no language, or another page under the same locale, is another path.
    ['lib/ts/index.js', 'lib/js/index.js'],
    ['en/about.md', 'en/index.md'],
    ['/ru/about', '/ru/blog'],
    // A bare ASCII word is a value, not a placeholder: another one is another command or setting.
    ['const x = true', 'const x = false'],
    ['enabled: true', 'enabled: false'],
    ['npm run dev', 'npm run build'],
    ['docker compose up', 'docker compose down'],
    ['git checkout main', 'git checkout develop'],
    ['sudo apt install foo', 'sudo apt remove foo'],
    // A phrase that keeps its first word and changes another names another thing of the kind, as a command's name
    // and as an argument alike (one notion of a placeholder): `apt-get` is not `apt-cache` after `sudo` either.
    ['apt-get install vim', 'apt-cache install vim'],
    ['sudo apt-get install vim', 'sudo apt-cache install vim'],
    ['cd my-app', 'cd my-project'],
    // In quotes or a path, a run that keeps some words and changes a lower-case word of code, or a camel-case
    // identifier, is other code (Tauri's tabs of npm, yarn and pnpm config blocks; OpenTelemetry's exporter tabs).
    ['"beforeDevCommand": "yarn dev"', '"beforeDevCommand": "pnpm dev"'],
    ['"devPath": "http://localhost:3000"', '"devUrl": "http://localhost:3000"'],
    ['npm install --save @opentelemetry/exporter-trace-otlp-proto', 'npm install --save @opentelemetry/exporter-trace-otlp-http'],
    // A block's lines stay lines: the command opening the next line is a program's name, not a word of the path or
    // the quoted words before it.
    ['cd ~/projects/app\nnpm run dev', 'cd ~/projects/app\nnpm run build'],
    ['mkdir my-project/src\ncd my-project\ngit init', 'mkdir my-project/src\ncd my-project\ngit status'],
    ['cd "my app"\nnpm run dev', 'cd "my app"\nnpm run build'],
    ['rm -rf build', 'rm -rf src'],
    ["dayjs().add(1, 'day')", "dayjs().subtract(1, 'day')"],
    ['SELECT name', 'SELECT email FROM users'],
    // The price of that: a placeholder written as one bare ASCII word (`somehost`, `somefile`) and translated as
    // another is read as another value too.
    ['diff /etc/hosts <(ssh somehost cat /etc/hosts)', 'diff /etc/hosts <(ssh andererhost cat /etc/hosts)'],
    ['cp somefile{,.bak}', 'cp datei{,.bak}'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameCode(a, b)).toBe(false)
    expect(sameCode(b, a)).toBe(false)
  })
})

describe('sameCode on blocks with lines translated into another script', () => {
  // The linked-list README of trekhleb/javascript-algorithms (commit 85293e3, MIT licence): its pseudocode's pre- and
  // post-conditions are prose, which the Russian and Korean translations translate line for line.
  const lines = (...l: string[]): string => l.join('\n')
  const body = [' n ← node(value)', ' n.next ← head', ' head ← n', ' if tail = ø', '   tail ← n', ' end', 'end Prepend']
  const en = lines('Prepend(value)', ' Pre: value is the value to add to the list', ' Post: value has been placed at the head of the list', ...body)
  const ru = lines('Prepend(value)', ' Pre: value - добавляемое значение', ' Post: value помещено в начало списка', ...body)
  const ko = lines('Prepend(value)', ' Pre: 리스트에 추가할 값', ' Post: 리스트의 맨 앞에 있는 값', ...body)

  it('reads the translated block as the same code', () => {
    for (const t of [ru, ko]) {
      expect(sameCode(en, t)).toBe(true)
      expect(sameCode(t, en)).toBe(true)
    }
    expect(sameCode(ru, ko)).toBe(true)
  })

  it('still reads a changed line of code as other code', () => {
    expect(sameCode(en, ru.replace(' head ← n', ' tail ← n'))).toBe(false)
    expect(sameCode(en, ru.replace(' n.next ← head', ' n.prev ← head'))).toBe(false)
  })
})
