import { prepareDemoTemplate } from '../../seeds/demo-template.js'
import { pgliteTemplatePath, preparePgliteTemplate } from '../db/pglite.js'
import { localToday } from '../services/directory.js'

/**
 * `npm install` runs this (postinstall): it makes the template of an empty embedded
 * database once, so that the first `npm start` copies files instead of running initdb
 * (ADR 30), and the demo database made from it (migrated and seeded, ADR 46), so that the
 * first start with the demo copies that instead. It never fails the install: without a
 * template the first start makes it, without the demo one it migrates and seeds.
 */
if (process.env.DATABASE_URL) {
  console.log('DATABASE_URL is set: no embedded database, no template needed.')
} else {
  const path = pgliteTemplatePath()
  try {
    const made = await preparePgliteTemplate(path)
    console.log(made ? `Embedded database template made: ${path}` : `Template present: ${path}`)
    const demo = await prepareDemoTemplate(path, localToday(new Date()))
    console.log(demo ? 'Demo database made beside it.' : 'Demo database present beside it.')
  } catch (error) {
    console.log(`No embedded database template (the first start makes it): ${String(error)}`)
  }
}
