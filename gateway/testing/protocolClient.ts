import { endpoints, type Endpoint } from '../../shared/gateway/endpoints';
import { endpointUrl, protocolMethods, type CallInput, type EndpointName, type ResponseOf } from '../../shared/gateway/protocolCalls';
import { errorBodySchema } from '../../shared/gateway/schemas';
import { checkDocumented } from './documentedAnswers';
import { TEST_AGENT, type TestGateway } from './testGateway';

/** The gateway's refusal, as its HTTP status and error body said it. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A bare client of the protocol for the gateway's own tests, so they need nothing of the app: it
 * sends what it is given, holds every answer to the shared schemas and to the OpenAPI document (its
 * status listed, its body as documented), and throws each refusal as the gateway sent it.
 */
export function protocolClient(baseUrl: string, deviceToken?: string) {
  async function call<K extends EndpointName>(name: K, input: CallInput<K> = {}): Promise<ResponseOf<K>> {
    const endpoint: Endpoint = endpoints[name];
    const url = endpointUrl(name, input, baseUrl);
    const headers: Record<string, string> = {};
    if (endpoint.body) headers['content-type'] = 'application/json';
    if (endpoint.auth && deviceToken) headers.authorization = `Bearer ${deviceToken}`;
    const response = await fetch(url, { method: endpoint.method, headers, body: endpoint.body ? JSON.stringify(input.body) : undefined });
    const json: unknown = await response.json();
    checkDocumented(endpoint, response.status, json);
    if (response.ok) return endpoint.response.parse(json) as ResponseOf<K>;
    const { error } = errorBodySchema.parse(json);
    throw new Refusal(response.status, error.code, error.message);
  }

  return protocolMethods(call);
}

export type ProtocolClient = ReturnType<typeof protocolClient>;

/** Cabin BPL-07 registered with the test agent's code, and the protocol client holding its device token. */
export async function registeredCabinClient(gateway: TestGateway): Promise<ProtocolClient> {
  const { deviceToken } = await protocolClient(gateway.url).register({
    registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
    cabinCode: 'BPL-07',
    deviceName: 'Cabin 7',
  });
  return protocolClient(gateway.url, deviceToken);
}
