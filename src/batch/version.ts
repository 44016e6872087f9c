// The version a record was made by: a record carried over from an earlier run must come from the same
// extractor, so the package version and the record contract's version are part of every resume key.
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '../record/schema-version.js';

// package.json sits two folders up from both src/batch/ and dist/batch/.
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const toolName = packageJson.name;
export const toolVersion = packageJson.version;
export const extractorVersion = `${packageJson.version}+schema${SCHEMA_VERSION}`;
