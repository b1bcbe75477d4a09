// An OAuth provider's "OAuth API Script" as sn_auth runs it while building a token request. Followed doc: "OAuthUtil -
// Global" (Server API reference, https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_OAuthUtilScriptInclude.html):
// a Script Include whose name starts with "OAuth", extending (or copying) the global OAuthUtil, referenced from the
// OAuth API Script field (oauth_entity.oauth_api_script) of the Application Registry record; OAuthUtil's
// interceptRequestParameters(requestParamMap) hands the token request's parameters to preprocessAccessToken, where
// `requestParamMap.put("resource", ...)` adds one (the doc's own example). KB0820012 gives the same fix for a
// provider that needs a parameter the registry has no field for. Only the request side is modelled: the double
// parses the JSON token response itself (what OAuthUtil.postprocessAccessToken does for application/json).
import { findById, writeSyslog, type Row } from './store'

/** The Java map the platform passes (put/get/remove/containsKey; get answers null for a missing key). */
export class RequestParamMap {
    private readonly values = new Map<string, string>()
    put(key: string, value: unknown): void {
        this.values.set(String(key), String(value))
    }
    get(key: string): string | null {
        return this.values.has(String(key)) ? this.values.get(String(key))! : null
    }
    remove(key: string): string | null {
        const v = this.get(key)
        this.values.delete(String(key))
        return v
    }
    containsKey(key: string): boolean {
        return this.values.has(String(key))
    }
    entries(): [string, string][] {
        return [...this.values.entries()]
    }
}

type Proto = Record<string, unknown>
type Ctor = { new (...args: unknown[]): Proto; prototype: Proto }

// The global OAuthUtil's documented methods and their documented hand-offs.
function OAuthUtil(this: Proto, oauthContext?: unknown): void {
    this.oauthContext = oauthContext
}
OAuthUtil.prototype = {
    initialize(this: Proto, oauthContext?: unknown) {
        this.oauthContext = oauthContext
    },
    interceptRequestParameters(
        this: { preprocessAccessToken(m: RequestParamMap): void },
        requestParamMap: RequestParamMap,
    ) {
        this.preprocessAccessToken(requestParamMap)
    },
    parseTokenResponse(this: { postprocessAccessToken(r: unknown): void }, accessTokenResponse: unknown) {
        this.postprocessAccessToken(accessTokenResponse)
    },
    preprocessAuthCode() {
        /* nothing by default */
    },
    preprocessAccessToken() {
        /* nothing by default */
    },
    postprocessAccessToken() {
        /* the double parses JSON token responses itself */
    },
    type: 'OAuthUtil',
} as Proto

// Class.create and Object.extendsObject as the platform's PrototypeJS-derived globals define them.
const Class = {
    create: () =>
        function (this: { initialize?: (...a: unknown[]) => void }, ...args: unknown[]) {
            this.initialize?.(...args)
        },
}
const ObjectWithExtends = Object.assign(Object.create(Object) as ObjectConstructor, {
    extendsObject: (base: Ctor, source: Proto): Proto => Object.assign({}, base.prototype, source),
})

function load(row: Row): Ctor {
    const factory = new Function('Class', 'Object', 'global', `${row.script}\nreturn ${row.name}`) as (
        c: unknown,
        o: unknown,
        g: unknown,
    ) => Ctor
    return factory(Class, ObjectWithExtends, { OAuthUtil })
}

/** Runs the entity's OAuth API script on the request parameters, if it references one. */
export function applyOAuthApiScript(entity: Row, params: RequestParamMap): void {
    const id = entity.oauth_api_script
    if (!id) return
    const row = findById('sys_script_include', id)
    if (!row || row.active === 'false' || !/^OAuth/.test(row.name ?? '')) {
        writeSyslog(
            'error',
            `OAuth API script ${id} of '${entity.name}' is missing, inactive or not named OAuth...`,
            'OAuthClient',
        )
        return
    }
    const Script = load(row)
    const instance = new Script({ oauth_entity: entity.sys_id }) as unknown as {
        interceptRequestParameters(m: RequestParamMap): void
    }
    instance.interceptRequestParameters(params)
}
