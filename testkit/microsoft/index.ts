// The whole "Microsoft side" in this process: Entra ID stand-in, Graph service-health stand-in, reference
// connector. main.ts runs it as its own process (the app's synchronous HTTP double needs that).
import { startEntra, EntraClient, EntraStandIn } from './entra.ts'
import { startGraph, GraphOptions, GraphStandIn } from './graph.ts'
import { startConnector, ConnectorOptions, ConnectorStandIn } from './connector.ts'
import { CallbackConfig } from './connector-callbacks.ts'
import { MicrosoftControl, MicrosoftSideUrls } from './control-client.ts'

export interface MicrosoftSideOptions {
    host?: string
    /** 0 (default) picks a free port. */
    ports?: { entra?: number; graph?: number; connector?: number }
    tenantId?: string
    tenantDomains?: string[]
    /** Registered Entra clients (default: DEFAULTS.outboundClient with Graph roles, DEFAULTS.callbackClient). */
    clients?: EntraClient[]
    tokenLifetimeSeconds?: number
    graph?: Omit<GraphOptions, 'port' | 'host'>
    connector?: Omit<ConnectorOptions, 'port' | 'host' | 'callback'>
    /** Where and how the connector calls the app back (instanceUrl can also be set later via control). */
    callback?: CallbackConfig
}

export interface MicrosoftSide {
    urls: MicrosoftSideUrls
    control: MicrosoftControl
    /** In-process handles (not available through spawn). */
    entra: EntraStandIn
    graph: GraphStandIn
    connector: ConnectorStandIn
    close(): Promise<void>
}

export async function startMicrosoftSide(options: MicrosoftSideOptions = {}): Promise<MicrosoftSide> {
    const host = options.host ?? '127.0.0.1'
    const entra = await startEntra({
        host,
        port: options.ports?.entra,
        tenantId: options.tenantId,
        tenantDomains: options.tenantDomains,
        clients: options.clients,
        tokenLifetimeSeconds: options.tokenLifetimeSeconds,
    })
    const graph = await startGraph(entra, { ...options.graph, host, port: options.ports?.graph })
    const connector = await startConnector(entra, {
        ...options.connector,
        callback: options.callback,
        host,
        port: options.ports?.connector,
    })
    const urls: MicrosoftSideUrls = {
        entra: entra.url,
        tenantId: entra.tenantId,
        tokenUrlV1: entra.tokenUrlV1,
        tokenUrlV2: entra.tokenUrlV2,
        metadataUrlV1: entra.metadataUrlV1,
        metadataUrlV2: entra.metadataUrlV2,
        jwksUri: entra.jwksUri,
        issuerV1: entra.issuerV1,
        issuerV2: entra.issuerV2,
        graph: graph.url,
        connector: connector.url,
    }
    return {
        urls,
        control: new MicrosoftControl(urls),
        entra,
        graph,
        connector,
        close: async () => {
            await Promise.all([connector.close(), graph.close(), entra.close()])
        },
    }
}

export { DEFAULTS } from './defaults.ts'
export { verifyBearer } from './verify-bearer.ts'
export type { MicrosoftSideUrls } from './control-client.ts'
