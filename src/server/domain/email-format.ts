// The one email-format rule, shared by Setup (the app's default admin email), Link Account (an administrator's
// own admin email) and "Contact Microsoft support" (the admin the case is opened as, the contact email).
//
// The addresses are Microsoft 365 sign-in names and mailboxes, so the rule follows what Entra ID and ServiceNow
// accept rather than everything RFC 5322 allows:
// - Local part: ASCII letters, digits and the RFC 5322 atext symbols plus dots. Entra ID's UserPrincipalName
//   allows only A-Z a-z 0-9 ' . - _ ! # ^ ~ ("Password policies and account restrictions in Microsoft Entra ID",
//   Username policies); a contact mailbox may also use + = / and the other atext symbols, so those stay. Non-ASCII
//   local parts are out: Entra does not allow them in a UPN, and ServiceNow sends to such addresses only when
//   glide.email_address.rfc6530.enabled is set ("Email address internationalization", off unless the SMTP server
//   supports SMTPUTF8). Quoted strings and [ ] \ : are out too (not atext).
// - Domain: a public DNS name of LDH labels (Microsoft 365 adds only public domains a registrar sells). The last
//   label is a real top-level domain: letters (2 or more; no one-letter TLD exists) or an IDN's ASCII form
//   (xn--...); never all digits (RFC 3696 section 2), so 10.0.0.1 is not an email domain.
// - At most 254 characters (RFC 5321 path limit); fields with a shorter column check their own length.
// Pure and engine-neutral (no u flag, no lookbehind): it runs on Rhino, in the browser and in the tests.

const EMAIL =
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9](?:[A-Za-z0-9-]{0,57}[A-Za-z0-9])?)$/

export const EMAIL_MAX_LENGTH = 254

export function isEmailFormat(email: string): boolean {
    return email.length <= EMAIL_MAX_LENGTH && EMAIL.test(email)
}
