import t from 'tap'
import { extract } from '../../src/pipeline/index.js'

/** Names as news English writes them: where one ends, what kind it is (docs/annotation.md §1). */

const kinds = (text: string) => extract(text, { entities: [] }).entities.map((e) => `${e.name}/${e.kind}`)

t.test('"of" between a person or a plural and a body separates two names', async (t) => {
  const found = kinds('Gunmen of the Ruvano Brotherhood Front attacked a convoy. Analyst Farid Osei of the Tamsin Policy Institute said more raids were likely. Members of the Free Karvia Congress marched.')
  t.ok(found.includes('Ruvano Brotherhood Front/group'))
  t.ok(found.includes('Farid Osei/person'))
  t.ok(found.includes('Tamsin Policy Institute/group'))
  t.ok(found.includes('Free Karvia Congress/group'))
  t.notOk(found.some((k) => k.startsWith('Gunmen') || k.startsWith('Members')))
  // Inside one name: the word before "of" is an institution's or a place's.
  const inside = kinds('The Ministry of Health and the Court of Human Rights said the Bank of Lorvia would pay.')
  t.ok(inside.includes('Court of Human Rights/group'))
  t.ok(inside.includes('Bank of Lorvia/group'))
})
