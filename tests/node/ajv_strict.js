// Compile JSON Schemas with Ajv in strict mode (JSON Schema 2020-12) and validate documents.
// Usage: node ajv_strict.js MODULES_DIR SCHEMA.json [DOC.json ...]
// A schema Ajv's strict mode refuses (an unknown keyword, an ignored one) exits 2 with the
// reason; each document is validated against the schema and reported as "valid" or the errors.
"use strict";
const path = require("path");
const fs = require("fs");
const modules = process.argv[2];
const Ajv2020 = require(path.join(modules, "ajv/dist/2020")).default;
const addFormats = require(path.join(modules, "ajv-formats")).default;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
let validate;
try {
  validate = ajv.compile(read(process.argv[3]));
} catch (err) {
  console.log(`schema refused: ${err.message}`);
  process.exit(2);
}
for (const file of process.argv.slice(4)) {
  const ok = validate(read(file));
  console.log(ok ? "valid" : `invalid: ${ajv.errorsText(validate.errors)}`);
}
