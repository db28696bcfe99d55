import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiYaml } from './openapi';

writeFileSync(resolve(import.meta.dirname, '../docs/gateway-openapi.yaml'), openApiYaml());
