import { handleJson, HttpError, RESTAPIRequest, RESTAPIResponse } from '../platform/rest.ts'
import { msg } from '../platform/i18n.ts'
import { log } from '../platform/log.ts'
import {
    ROLE_ADMINISTRATOR,
    sessionLanguage,
    sessionTimeZone,
    sessionUser,
    userHasRole,
} from '../platform/session-user.ts'
import { MSG } from '../domain/messages.ts'
import { LINK_PROBLEM_TEXT } from './rules/admin-email.ts'
import { evaluateGate } from '../setup/rules/setup-gate.ts'
import { readSetupSnapshot } from '../setup/setup-state-store.ts'
import { defaultAdminEmail, linkAccount, readLinkedAccount, tenantDomain } from './linked-account-service.ts'

// Link Account page API (administrator, once Setup is complete): GET and PUT the session user's Microsoft 365 admin email.

function requireAdministrator(): void {
    if (!userHasRole(ROLE_ADMINISTRATOR))
        throw new HttpError(
            403,
            'forbidden',
            msg('Only Microsoft 365 support administrators can link an admin account.'),
        )
}

// Gated like every feature: nothing to link before Setup is complete (the verbatim messages), and nothing on an
// insights-only install, which opens no Microsoft support cases.
function requireLinkable(): void {
    const snapshot = readSetupSnapshot()
    const gate = evaluateGate(snapshot)
    if (!gate.open && gate.reason === 'final_step')
        throw new HttpError(409, 'setup_incomplete', msg(MSG.finalStepIncomplete))
    if (!gate.open) throw new HttpError(409, 'setup_incomplete', msg(MSG.setupIncomplete))
    if (snapshot.configuration === 'insights') {
        throw new HttpError(
            409,
            'insights_only',
            msg(
                'This integration is set up for insights only: it opens no Microsoft support cases, so there is no admin account to link.',
            ),
        )
    }
}

/** GET /link-account */
export function getLinkAccount(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'link-account/get', () => {
        requireAdministrator()
        requireLinkable()
        const user = sessionUser()
        const linked = readLinkedAccount(user.sysId)
        return {
            status: 200,
            body: {
                user: user.userName,
                linked,
                defaultAdminEmail: defaultAdminEmail() || null,
                tenantDomain: tenantDomain() || null,
                // The page shows "checked <date>" in the user's language and time zone, as the platform's forms do.
                language: sessionLanguage(),
                timeZone: sessionTimeZone(),
            },
        }
    })
}

/** PUT /link-account {adminEmail} */
export function putLinkAccount(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'link-account/put', (req) => {
        requireAdministrator()
        requireLinkable()
        const body = req.json(4096)
        const email = typeof body.adminEmail === 'string' ? body.adminEmail : ''
        const user = sessionUser()
        const r = linkAccount(user.sysId, email)
        if (!r.ok && r.check.problem) {
            log.warn('Link Account: {0} rejected for user {1} ({2})', r.check.email, user.userName, r.check.problem)
            return {
                status: 422,
                body: {
                    error: {
                        code: 'invalid_admin_email',
                        message: msg(LINK_PROBLEM_TEXT[r.check.problem]),
                        field: 'adminEmail',
                    },
                },
            }
        }
        if (!r.ok) return { status: 500, body: { error: { code: 'not_saved', message: msg(MSG.contactAppSupport) } } }
        const note =
            r.check.onTenantDomain === false
                ? msg(
                      '{0} is not on the tenant domain {1}. Check that it is an admin account of your Microsoft 365 tenant.',
                      r.check.email,
                      r.check.tenantDomain,
                  )
                : null
        return { status: 200, body: { linked: r.account, note } }
    })
}
