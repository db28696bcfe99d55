import { z } from 'zod';
import type { Endpoint } from '../../shared/gateway/endpoints';
import { openApiDocument } from '../openapi';

type Operation = { responses: Record<string, { content?: { 'application/json'?: { schema: Record<string, unknown> } } }> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Record<string, unknown>> } };

const document = openApiDocument() as unknown as Document;
const compiled = new Map<string, z.ZodType>();

function schemaFor(key: string, schema: Record<string, unknown>): z.ZodType {
  let found = compiled.get(key);
  if (!found) {
    const ref = typeof schema.$ref === 'string' ? /^#\/components\/schemas\/(\w+)$/.exec(schema.$ref)?.[1] : undefined;
    found = z.fromJSONSchema((ref ? document.components.schemas[ref] : schema) as Parameters<typeof z.fromJSONSchema>[0]);
    compiled.set(key, found);
  }
  return found;
}

/**
 * Holds one answer of the gateway to docs/gateway-openapi.yaml: its status must be one the
 * document lists for that operation, and its body must match the schema listed for that status.
 */
export function checkDocumented(endpoint: Endpoint, status: number, body: unknown): void {
  const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
  const operation = document.paths[path]?.[endpoint.method.toLowerCase()];
  const response = operation?.responses[String(status)];
  if (!response) throw new Error(`${endpoint.method} ${path} answered HTTP ${status}, which the OpenAPI document does not list`);
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return;
  const checked = schemaFor(`${endpoint.method} ${path} ${status}`, schema).safeParse(body);
  if (!checked.success) throw new Error(`${endpoint.method} ${path} answered HTTP ${status} with a body the OpenAPI document does not allow: ${checked.error.message}`);
}
