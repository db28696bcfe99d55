import { z } from 'zod';
import { endpoints, type Endpoint } from '../shared/gateway/endpoints';
import { errorBodySchema } from '../shared/gateway/schemas';
import { statusOfRefusal } from './server';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, Json>;
  return rest;
}

function operation(endpoint: Endpoint): Json {
  const parameters: Json[] = [];
  for (const match of endpoint.path.matchAll(/:(\w+)/g)) {
    parameters.push({ name: match[1]!, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
  }
  if (endpoint.query) {
    for (const [name, field] of Object.entries(endpoint.query.shape)) {
      parameters.push({ name, in: 'query', required: false, schema: schemaOf(field as z.ZodType, 'input') });
    }
  }
  const refused = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  const own: Record<string, Json> = {};
  for (const code of endpoint.refusals ?? []) {
    const status = String(statusOfRefusal(code));
    const earlier = own[status] as { description: string } | undefined;
    own[status] = refused(earlier ? `${earlier.description}, ${code}` : `Refused: ${code}`);
  }
  return {
    summary: endpoint.summary,
    // Registration is the one call made before there is a token: it overrides the document's default security.
    security: endpoint.auth ? [{ deviceToken: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(endpoint.body, 'input') } } } } : {}),
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: schemaOf(endpoint.response, 'output') } } },
      '400': refused('Refused: INVALID_REQUEST, or another refusal of the request'),
      ...(endpoint.auth ? { '401': refused('Refused: UNAUTHORIZED (a missing or unknown device token)') } : {}),
      ...own,
      ...(endpoint.rateLimited ? { '429': refused('Refused: TOO_MANY_CHECKS (too many checks from this address; try again in a minute)') } : {}),
      '500': refused('Refused: INTERNAL (retrying is safe)'),
    },
  };
}

/** The page a receipt's QR opens: for people, not programs, so it answers HTML. */
function receiptPage(): Json {
  const page = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
  const text = (name: string, description: string) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } });
  return {
    get: {
      summary:
        'The public receipt verification page, in Hindi (default) or English: the answer of /v1/receipts/check for people, with a form to type a receipt number and code. Rate-limited together with /v1/receipts/check.',
      parameters: [text('n', 'The receipt number.'), text('c', 'The check code.'), { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['hi', 'en'] } }],
      responses: {
        '200': page('The receipt was found, or is not yet received from its cabin, or nothing was asked.'),
        '400': page('The receipt number or the code cannot be one (a code of the wrong length, say).'),
        '404': page('No such receipt.'),
        '429': page('Too many checks from this address; try again in a minute.'),
      },
    },
  };
}

/** The OpenAPI 3.1 document, built from the same zod schemas the client and the gateway parse with. */
export function openApiDocument(): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const endpoint of Object.values(endpoints) as Endpoint[]) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation(endpoint) };
  }
  paths['/r'] = receiptPage() as Record<string, Json>;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rokad collection gateway',
      version: '1.0.0',
      description:
        'Money is integer paise with currency INR; instants are ISO-8601 with offset. HTTPS only, plain HTTP only to loopback. Every failed response has {"error":{"code","message"}}. Field names follow Bharat BillPay where it has one.',
    },
    servers: [
      { url: 'https://gateway.example.in', description: 'The company’s gateway (HTTPS only)' },
      { url: 'http://127.0.0.1:8787', description: 'The reference gateway on this computer (`npm run gateway`)' },
    ],
    security: [{ deviceToken: [] }],
    components: {
      securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer', description: 'Issued by POST /v1/devices/register; acts only on its own agent’s wallet.' } },
      schemas: { Error: schemaOf(errorBodySchema, 'output') },
    },
    paths,
  };
}

function scalar(value: Json): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A small YAML writer: strings are always double-quoted (JSON escapes are valid YAML), so nothing is ambiguous. */
export function toYaml(value: Json, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value.map((item) => `\n${indent}- ${toYaml(item, `${indent}  `).replace(/^\n\s*/, '')}`).join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return entries
      .map(([key, item]) => `\n${indent}${JSON.stringify(key)}: ${toYaml(item, `${indent}  `)}`)
      .join('')
      .replace(/: \n/g, ':\n');
  }
  return scalar(value);
}

export function openApiYaml(): string {
  return `# Generated by \`npm run gateway:openapi\` from shared/gateway/schemas.ts; do not edit by hand.\n${toYaml(openApiDocument()).trimStart()}\n`;
}
