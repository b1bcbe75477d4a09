// One email-format rule for Setup, Link Account and Contact Microsoft support (src/server/domain/email-format.ts).
// The two rules it replaced disagreed on the inputs below; each row names the old verdicts and the one kept, and
// every feature that checks an email (server and the pages, which call the same pure module) must give it.
import { isEmailFormat } from '../../src/server/domain/email-format'
import { emailError } from '../../src/server/setup/rules/setup-formats'
import { validateCaseRequest } from '../../src/server/cases/rules/case-escalation'
import { checkAdminEmail, onTenantDomain } from '../../src/server/cases/rules/admin-email'

// [input, old cases rule (case-escalation EMAIL), old Setup rule (setup-formats EMAIL_RE), verdict, why]
const DISAGREED: [string, boolean, boolean, boolean, string][] = [
    ['\u00fc@ex.com', true, false, false, 'non-ASCII local part: not in an Entra UPN; ServiceNow needs rfc6530 on'],
    ['j\u00f8rgen@contoso.dk', true, false, false, 'non-ASCII local part'],
    ['a[1]@ex.com', true, false, false, '[ ] are not atext'],
    ['a\\b@ex.com', true, false, false, 'a backslash is not atext'],
    ['a:b@ex.com', true, false, false, 'a colon is not atext'],
    ['a\u0001b@ex.com', true, false, false, 'a control character'],
    ['a@b.c', false, true, false, 'no one-letter top-level domain exists'],
    ['a@b.123', false, true, false, 'an all-numeric top-level domain (RFC 3696 section 2)'],
    ['a@10.0.0.1', false, true, false, 'an IPv4 address is not a Microsoft 365 domain'],
    ['a@b.c0m', false, true, false, 'top-level domains are letters, or xn-- for an IDN'],
    ['a@ex.c-m', false, true, false, 'a hyphen in a non-IDN top-level domain'],
    ['a@b.xn--p1ai', false, true, true, 'an IDN top-level domain in its ASCII form (.xn--p1ai)'],
]

// Inputs both old rules judged alike: the merged rule keeps their verdict.
const AGREED: [string, boolean][] = [
    ['admin@contoso.onmicrosoft.com', true],
    ['first.last+tag@sub.example.org', true],
    ["o'brien@contoso.com", true],
    ['a b@c.com', false],
    ['a@b..com', false],
    ['a@-b.com', false],
    ['admin@contoso', false],
    ['"a b"@ex.com', false],
]

const validCase = {
    title: 'Mail down',
    description: 'Nobody can send',
    contactName: 'Megan Bowen',
    contactEmail: 'megan@contoso.com',
    contactPhone: '',
}

describe.each([...DISAGREED.map(([input, , , verdict]) => [input, verdict] as const), ...AGREED])(
    '%j',
    (input, verdict) => {
        test(`is ${verdict ? 'accepted' : 'refused'} by the shared rule`, () => {
            expect(isEmailFormat(input)).toBe(verdict)
        })
        test('Setup (admin email step) agrees', () => {
            expect(emailError(input) === null).toBe(verdict)
        })
        test('Contact Microsoft support (contact email) agrees', () => {
            const errors = validateCaseRequest({ ...validCase, contactEmail: input })
            expect(errors.some((e) => e.field === 'contactEmail')).toBe(!verdict)
        })
        test('Link Account agrees, and so do the pages (onTenantDomain: null when not an email)', () => {
            expect(checkAdminEmail(input, '').problem === 'format').toBe(!verdict)
            expect(onTenantDomain(input, 'contoso.com') === null).toBe(!verdict)
        })
    },
)

test('each disagreement is real: the old rules, kept here verbatim, judged it differently', () => {
    const oldCases = /^[^\s@<>()",;]+@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/
    const oldSetup =
        /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/
    for (const [input, casesSaid, setupSaid] of DISAGREED) {
        expect([input, oldCases.test(input), oldSetup.test(input)]).toEqual([input, casesSaid, setupSaid])
    }
    for (const [input, verdict] of AGREED) {
        expect([input, oldCases.test(input), oldSetup.test(input)]).toEqual([input, verdict, verdict])
    }
})

test('length: 254 characters at most; Setup and the case form keep their 100-character columns', () => {
    const at = (n: number) => 'x'.repeat(n - '@ex.com'.length) + '@ex.com'
    expect(isEmailFormat(at(254))).toBe(true)
    expect(isEmailFormat(at(255))).toBe(false)
    expect(emailError(at(100))).toBeNull()
    expect(emailError(at(101))).not.toBeNull()
    expect(validateCaseRequest({ ...validCase, contactEmail: at(101) }).map((e) => e.field)).toEqual(['contactEmail'])
})
