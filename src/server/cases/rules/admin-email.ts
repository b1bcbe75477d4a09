import { isEmailFormat } from '../../domain/email-format.ts'
import { isGuid } from '../../setup/rules/setup-formats.ts'

// Link Account's check of a Microsoft 365 admin email without a connector operation for it: the address must be
// well formed and its domain must not be a consumer mail service (a Microsoft 365 admin signs in with a work
// account on the tenant's domain). A domain other than the tenant's is accepted (tenants have custom domains)
// but reported, so the administrator can spot a typo.

const CONSUMER_DOMAINS = [
    'outlook.com',
    'hotmail.com',
    'live.com',
    'msn.com',
    'gmail.com',
    'yahoo.com',
    'icloud.com',
    'aol.com',
]

export interface LinkCheck {
    email: string
    valid: boolean
    /** English reason when invalid (the caller passes it through the message catalog). */
    problem?: 'empty' | 'format' | 'consumer_domain'
    /** The tenant's domain when Setup recorded one, and whether the email is on it (or on a subdomain of it). */
    tenantDomain: string
    onTenantDomain: boolean | null
}

export const LINK_PROBLEM_TEXT = {
    empty: 'Enter the Microsoft 365 admin email address.',
    format: 'Enter a valid email address, such as admin@contoso.onmicrosoft.com.',
    consumer_domain: 'Use a work account of your Microsoft 365 tenant, not a personal mailbox.',
} as const

export function checkAdminEmail(raw: string, tenantDomain: string): LinkCheck {
    const email = String(raw || '').trim()
    const tenant = String(tenantDomain || '')
        .trim()
        .toLowerCase()
    const base = { email, tenantDomain: tenant, onTenantDomain: null as boolean | null }
    if (!email) return { ...base, valid: false, problem: 'empty' }
    if (!isEmailFormat(email)) return { ...base, valid: false, problem: 'format' }
    const domain = emailDomain(email)
    if (CONSUMER_DOMAINS.indexOf(domain) >= 0) return { ...base, valid: false, problem: 'consumer_domain' }
    return { ...base, valid: true, onTenantDomain: onTenantDomain(email, tenant) }
}

function emailDomain(email: string): string {
    return email.slice(email.lastIndexOf('@') + 1).toLowerCase()
}

/**
 * Whether a well-formed email is on the tenant domain Setup recorded (or a subdomain of it); null when that cannot
 * be told: no tenant domain, a tenant ID (GUID) instead of a domain, or an address that is not an email yet.
 * Used by Link Account (server and page) and by Setup's admin-email step.
 */
export function onTenantDomain(rawEmail: string, tenantDomain: string): boolean | null {
    const email = String(rawEmail || '').trim()
    const tenant = String(tenantDomain || '')
        .trim()
        .toLowerCase()
    if (!tenant || isGuid(tenant) || !isEmailFormat(email)) return null
    const domain = emailDomain(email)
    return domain === tenant || domain.endsWith('.' + tenant)
}
