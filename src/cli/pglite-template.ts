import { pgliteTemplatePath, preparePgliteTemplate } from '../db/pglite.js'

/**
 * `npm install` runs this (postinstall): it makes the template of an empty embedded
 * database once, so that the first `npm start` copies files instead of running initdb
 * (ADR 30). It never fails the install: without a template the first start makes it.
 */
if (process.env.DATABASE_URL) {
  console.log('DATABASE_URL is set: no embedded database, no template needed.')
} else {
  try {
    const path = pgliteTemplatePath()
    const made = await preparePgliteTemplate(path)
    console.log(made ? `Embedded database template made: ${path}` : `Template present: ${path}`)
  } catch (error) {
    console.log(`No embedded database template (the first start makes it): ${String(error)}`)
  }
}
