import { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { handleJson, HttpError } from '../platform/rest.ts'
import { msg } from '../platform/i18n.ts'
import { log } from '../platform/log.ts'
import { ROLE_ADMINISTRATOR, sessionUser, userHasRole } from '../platform/session-user.ts'
import { MSG } from '../domain/messages.ts'
import { LINK_PROBLEM_TEXT } from '../domain/admin-email.ts'
import { defaultAdminEmail, linkAccount, readLinkedAccount, tenantDomain } from './linked-account-service.ts'

// Link Account page API (administrator): GET and PUT the session user's Microsoft 365 admin email.

function requireAdministrator(): void {
    if (!userHasRole(ROLE_ADMINISTRATOR)) throw new HttpError(403, 'forbidden', msg('Only Microsoft 365 support administrators can link an admin account.'))
}

/** GET /link-account */
export function getLinkAccount(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'link-account/get', () => {
        requireAdministrator()
        const user = sessionUser()
        const linked = readLinkedAccount(user.sysId)
        return { status: 200, body: { user: user.userName, linked, defaultAdminEmail: defaultAdminEmail() || null, tenantDomain: tenantDomain() || null } }
    })
}

/** PUT /link-account {adminEmail} */
export function putLinkAccount(request: RESTAPIRequest, response: RESTAPIResponse): void {
    handleJson(request, response, 'link-account/put', (req) => {
        requireAdministrator()
        const body = req.json(4096)
        const email = typeof body.adminEmail === 'string' ? body.adminEmail : ''
        const user = sessionUser()
        const r = linkAccount(user.sysId, email)
        if (!r.ok && r.check.problem) {
            log.warn('Link Account: {0} rejected for user {1} ({2})', r.check.email, user.userName, r.check.problem)
            return { status: 422, body: { error: { code: 'invalid_admin_email', message: msg(LINK_PROBLEM_TEXT[r.check.problem]), field: 'adminEmail' } } }
        }
        if (!r.ok) return { status: 500, body: { error: { code: 'not_saved', message: msg(MSG.contactAppSupport) } } }
        const note = r.check.onTenantDomain === false ? msg('{0} is not on the tenant domain {1}. Check that it is an admin account of your Microsoft 365 tenant.', r.check.email, r.check.tenantDomain) : null
        return { status: 200, body: { linked: r.account, note } }
    })
}
