#!/usr/bin/env node
// Checks provider data files against data/provider.schema.json.
//
//   node scripts/check-data.mjs                  every data/*.json except the schema itself
//   node scripts/check-data.mjs a.json b.json    only the files named
//
// Prints one line per file ("data/x.json: valid", or the file followed by its errors, each with
// the place in the file where it was found) and exits with 1 if any file is invalid.

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'data');
const schemaPath = path.join(dataDir, 'provider.schema.json');

const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Paths as given on the command line, or every data/*.json but the schema, relative to the cwd. */
async function filesToCheck() {
  const args = process.argv.slice(2);
  if (args.length > 0) return args;
  const names = (await readdir(dataDir))
    .filter((name) => name.endsWith('.json') && path.join(dataDir, name) !== schemaPath)
    .sort();
  return names.map((name) => path.relative(process.cwd(), path.join(dataDir, name)) || name);
}

/** One readable line for an Ajv error. */
function describe(error) {
  const where = error.instancePath || '/';
  let message = error.message ?? 'is invalid';
  const p = error.params ?? {};
  if (error.keyword === 'additionalProperties') message += `: "${p.additionalProperty}"`;
  else if (error.keyword === 'enum') message += `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  else if (error.keyword === 'const') message += `: ${JSON.stringify(p.allowedValue)}`;
  return `  ${where} ${message}`;
}

/** Drops the generic "must match \"then\" schema" that always accompanies the real error. */
function usefulErrors(errors) {
  return errors.filter((e) => e.keyword !== 'if');
}

const files = await filesToCheck();
if (files.length === 0) {
  console.error('No data files to check.');
  process.exit(1);
}

let failed = false;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    failed = true;
    const reason = err.code === 'ENOENT' ? 'file not found' : err.message;
    console.log(`${file}: cannot be read: ${reason}`);
    continue;
  }
  if (validate(data)) {
    console.log(`${file}: valid`);
  } else {
    failed = true;
    const errors = usefulErrors(validate.errors ?? []);
    console.log(`${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
    for (const error of errors) console.log(describe(error));
  }
}

process.exit(failed ? 1 : 0);
