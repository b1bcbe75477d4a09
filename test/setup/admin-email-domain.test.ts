// The off-domain admin email warning (Link Account and Setup's admin-email step share onTenantDomain).
import { checkAdminEmail, onTenantDomain } from '../../src/server/cases/rules/admin-email'

test('on the tenant domain or a subdomain of it; any other domain is off it (a warning, never a refusal)', () => {
    expect(onTenantDomain('admin@contoso.onmicrosoft.com', 'contoso.onmicrosoft.com')).toBe(true)
    expect(onTenantDomain(' Admin@EU.Contoso.com ', 'contoso.com')).toBe(true)
    expect(onTenantDomain('it.admin@contoso.com', 'contoso.onmicrosoft.com')).toBe(false)
    expect(onTenantDomain('admin@notcontoso.com', 'contoso.com')).toBe(false)
    expect(checkAdminEmail('it.admin@contoso.com', 'contoso.onmicrosoft.com')).toMatchObject({
        valid: true,
        onTenantDomain: false,
    })
})

test('cannot be told: no tenant domain, a tenant ID instead of a domain, or not an email yet', () => {
    expect(onTenantDomain('it.admin@contoso.com', '')).toBeNull()
    expect(onTenantDomain('it.admin@contoso.com', 'f3b0c2d4-6a1e-4c55-9a7e-2b8d5e1f0c31')).toBeNull()
    expect(checkAdminEmail('it.admin@contoso.com', 'F3B0C2D4-6A1E-4C55-9A7E-2B8D5E1F0C31')).toMatchObject({
        valid: true,
        onTenantDomain: null,
    })
    expect(onTenantDomain('it.admin@', 'contoso.com')).toBeNull()
})
