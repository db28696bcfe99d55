import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { endpoints } from '../shared/gateway/endpoints';
import { openApiDocument, openApiYaml } from './openapi';

describe('the OpenAPI document', () => {
  it('is up to date with the zod schemas (run `npm run gateway:openapi` after changing them)', () => {
    assert.equal(readFileSync(join(import.meta.dirname, '../docs/gateway-openapi.yaml'), 'utf8'), openApiYaml());
  });

  it('describes every endpoint the gateway serves', () => {
    const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.equal(document.openapi, '3.1.0');
    for (const endpoint of Object.values(endpoints)) {
      assert.ok(document.paths[endpoint.path.replace(/:(\w+)/g, '{$1}')]?.[endpoint.method.toLowerCase()], endpoint.path);
    }
  });
});
