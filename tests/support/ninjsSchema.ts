import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sharedDir } from './reference';

/**
 * IPTC's ninjs 2.2 JSON Schema (draft 2020-12, as its $schema says), read in place from the
 * team's shared folder and compiled with Ajv's 2020 dialect and real format checks (uri,
 * date-time): validate(doc) → the errors, [] when valid.
 */
export function ninjsValidator(): (doc: unknown) => ErrorObject[] {
  const schema = JSON.parse(readFileSync(path.join(sharedDir, 'reference/ninjs/ninjs-schema_2.2.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // places[].geojson points at the published GeoJSON schema; we never write geojson, and the
  // tests stay offline, so any value is accepted there.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
  const validate = ajv.compile(schema);
  return (doc) => (validate(doc) ? [] : [...(validate.errors ?? [])]);
}
