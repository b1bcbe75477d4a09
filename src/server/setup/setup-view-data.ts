import { log } from '../platform/log.ts'
import { msg } from '../platform/i18n.ts'
import { MSG } from '../domain/messages.ts'
import { text } from './setup-render.ts'
import { SetupAnswers } from './rules/setup-steps.ts'
import { CROSS_SCOPE_FIX } from './rules/setup-checks.ts'
import { Summary, buildSummary } from './rules/setup-summary.ts'
import {
    EntityOption,
    OidcOption,
    ProfileOption,
    UserOption,
    inboundEntityOptions,
    inboundFacts,
    integrationUserOptions,
    oidcEntityOptions,
    profileOptions,
    profileFacts,
} from './setup-options.ts'
import { instanceUrl } from './setup-context.ts'

// Option lists and the "Complete the integration" values for the page. Opening Setup on an instance whose
// oauth_entity refuses cross-scope reads must still work: the page shows the refusal and its fix instead.

export interface SetupOptions {
    profiles: ProfileOption[]
    inboundEntities: EntityOption[]
    oidcEntities: OidcOption[]
    users: UserOption[]
    /** Set when a list could not be read (the cross-scope refusal), with what to fix. */
    error: { message: string; fix: string } | null
}

export function loadOptions(): SetupOptions {
    const out: SetupOptions = { profiles: [], inboundEntities: [], oidcEntities: [], users: [], error: null }
    try {
        out.profiles = profileOptions()
        out.inboundEntities = inboundEntityOptions()
        out.oidcEntities = oidcEntityOptions()
        out.users = integrationUserOptions()
    } catch (e) {
        const message = e instanceof Error ? e.message : String(e)
        const crossScope = /cross-scope access policy/i.test(message)
        log.error('Setup could not list its options: {0}', message)
        out.error = { message, fix: crossScope ? text(CROSS_SCOPE_FIX) : msg(MSG.contactAppSupport) }
    }
    return out
}

export function summaryFor(a: SetupAnswers): Summary | null {
    if (!a.configuration) return null
    let outboundClientId = ''
    let inboundClientId = ''
    try {
        if (a.outbound_profile) outboundClientId = profileFacts(a.outbound_profile).clientId
        if (a.inbound_entity && a.configuration !== 'insights')
            inboundClientId = inboundFacts(a.inbound_entity).clientId
    } catch (e) {
        log.warn('Setup summary could not read the OAuth records: {0}', e instanceof Error ? e.message : String(e))
    }
    return buildSummary({
        configuration: a.configuration,
        outboundClientId,
        repositoryId: a.repository_id,
        instanceUrl: instanceUrl(),
        inboundClientId,
        userName: a.integration_user_id,
    })
}
