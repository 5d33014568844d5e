import { describe, expect, it } from 'vitest'
import { segmentAnchors } from '../../src/align/anchors/segmentAnchors.js'
import { segmentDocument } from '../../src/parse/segmentDocument.js'

// AnythingLLM's README (Mintplex-Labs/anything-llm, commit 72aabbd, MIT licence: README.md, "Self-Hosting"; its
// translations under locales/ lay the table out alike): a table whose header row names each host and whose next row
// holds only the deploy buttons, linked images without text. Those links are where a reader deploys: a translation that
// changes one changes the page. They were nobody's anchors (a cell without text was left out with its links).
const README = `## 🛳 Self-Hosting

Mintplex Labs & the community maintain a number of deployment methods, scripts, and templates that you can use to run AnythingLLM locally. Refer to the table below to read how to deploy on your preferred environment or to automatically deploy.
| Docker | AWS | GCP | Digital Ocean | Render.com |
|----------------------------------------|----|-----|---------------|------------|
| [![Deploy on Docker][docker-btn]][docker-deploy] | [![Deploy on AWS][aws-btn]][aws-deploy] | [![Deploy on GCP][gcp-btn]][gcp-deploy] | [![Deploy on DigitalOcean][do-btn]][do-deploy] | [![Deploy on Render.com][render-btn]][render-deploy] |

[or set up a production AnythingLLM instance without Docker →](./BARE_METAL.md)

[docker-btn]: ./images/deployBtns/docker.png
[docker-deploy]: ./docker/HOW_TO_USE_DOCKER.md
[aws-btn]: ./images/deployBtns/aws.png
[aws-deploy]: ./cloud-deployments/aws/cloudformation/DEPLOY.md
[gcp-btn]: https://deploy.cloud.run/button.svg
[gcp-deploy]: ./cloud-deployments/gcp/deployment/DEPLOY.md
[do-btn]: https://www.deploytodo.com/do-btn-blue.svg
[do-deploy]: ./cloud-deployments/digitalocean/terraform/DEPLOY.md
[render-btn]: https://render.com/images/deploy-to-render-button.svg
[render-deploy]: https://render.com/deploy?repo=https://github.com/Mintplex-Labs/anything-llm&branch=render
`

const links = (text: string) => segmentDocument(text, { path: 'README.md' }).segments.map((s) => ({ text: s.text, urls: segmentAnchors(s).flatMap((a) => (a.kind === 'url' ? [a.normalized] : [])) }))

describe('a table row of linked buttons without text', () => {
  it('lends its links to the row before it, where the table stands', () => {
    const header = links(README).find((s) => s.text.startsWith('Docker | AWS'))
    expect(header?.urls).toEqual([
      './docker/how_to_use_docker.md',
      './cloud-deployments/aws/cloudformation/deploy.md',
      './cloud-deployments/gcp/deployment/deploy.md',
      './cloud-deployments/digitalocean/terraform/deploy.md',
      'render.com/deploy?repo=https://github.com/mintplex-labs/anything-llm&branch=render',
    ])
  })

  it('keeps a linked button beside a cell of text in its row', () => {
    const text = '# Title\n\nSome words before the table here.\n\n| Host | Deploy |\n|---|---|\n| Render | [![Deploy](https://render.com/b.svg)](https://render.com/deploy) |\n'
    expect(links(text).find((s) => s.text === 'Render')?.urls).toEqual(['render.com/deploy'])
  })

  it('adds no segment for the row', () => {
    expect(links(README).map((s) => s.text.slice(0, 20))).toEqual(['🛳 Self-Hosting', 'Mintplex Labs & the ', 'Docker | AWS | GCP |', 'or set up a producti'])
  })
})
