// English lexicon for health matching: the words users write -> the words Microsoft uses in service health issues
// (which are always English). Applied to every incident and to the issues themselves, so both sides meet on the same
// canonical words. A trailing * matches any word starting with it (no stemming); other words are compared stemmed.

export type Gloss = [string, string]

export const EN_GLOSSARY: Gloss[] = [
    // mail
    ['e-mail*', 'email'],
    ['mail', 'email'],
    ['mails', 'email'],
    ['emails', 'email'],
    ['mailflow', 'mail flow'],
    ['bounce back*', 'ndr'],
    ['bounceback*', 'ndr'],
    ['bounced', 'ndr'],
    ['bounce', 'ndr'],
    ['non-delivery report*', 'ndr'],
    ['non delivery report*', 'ndr'],
    ['undeliverable', 'ndr'],
    ['from outside', 'external'],
    ['outside the company', 'external'],
    ['outside senders', 'external sender'],
    ['owa', 'outlook web'],
    ['outlook on the web', 'outlook web'],
    ['outlook web access', 'outlook web'],
    ['outlook web app', 'outlook web'],
    ['invite', 'invitation'],
    ['invites', 'invitation'],
    ['meeting invite*', 'meeting invitation'],
    ['calendar invite*', 'meeting invitation'],
    ['arrive', 'receive'],
    ['arriving', 'receive'],
    ['arrived', 'receive'],
    ['coming in', 'receive'],
    ['turn up', 'receive'],
    ['show up', 'appear'],
    ['shows up', 'appear'],
    ['taking ages', 'delay'],
    ['late', 'delay'],
    ['delayed', 'delay'],
    ['slow', 'slowness'],
    // sign-in
    ['log in', 'sign in'],
    ['log on', 'sign in'],
    ['logon', 'sign in'],
    ['login', 'sign in'],
    ['logging in', 'sign in'],
    ['signin', 'sign in'],
    ['sign-in', 'sign in'],
    ['sign on', 'sign in'],
    ['signing in', 'sign in'],
    ['logged in', 'sign in'],
    ['keeps asking for', 'repeatedly prompt'],
    ['keep asking for', 'repeatedly prompt'],
    ['asking for password', 'password prompt'],
    ['prompted for password', 'password prompt'],
    ['credential prompt*', 'password prompt'],
    ['2fa', 'mfa'],
    ['two factor*', 'mfa'],
    ['two-factor*', 'mfa'],
    ['multi factor*', 'mfa'],
    ['multi-factor*', 'mfa'],
    ['multifactor*', 'mfa'],
    ['push notification*', 'notification'],
    ['password reset', 'reset password'],
    ['self-service password reset', 'sspr'],
    ['self service password reset', 'sspr'],
    ['ca policy', 'conditional access policy'],
    ['on-prem*', 'on premises'],
    ['on prem', 'on premises'],
    ['aad connect', 'entra connect'],
    ['azure ad connect', 'entra connect'],
    // devices
    ['enrol', 'enroll'],
    ['enrolment', 'enrollment'],
    ['enrolling', 'enroll'],
    ['non-compliant', 'not compliant'],
    ['noncompliant', 'not compliant'],
    ['oobe', 'out of box'],
    // apps
    ['crashing', 'crash'],
    ['crashes', 'crash'],
    ['freezes', 'freeze'],
    ['frozen', 'freeze'],
    ['hangs', 'freeze'],
    ['not responding', 'stop responding'],
    ['coauthor*', 'co author'],
    ['co-author*', 'co author'],
    ['read-only', 'read only'],
    ['view-only', 'view only'],
    ['white screen', 'blank white screen'],
    ['licence*', 'license'],
    ['unlicenced', 'unlicensed'],
    ['admin centre', 'admin center'],
    ['admin portal', 'admin center'],
    ['waffle', 'app launcher'],
    // Power Platform
    ['fired', 'run'],
    ['fire', 'run'],
    ['triggered', 'trigger'],
    ['kick off', 'start'],
    ['approvals', 'approval'],
    ['dataset*', 'semantic model'],
    ['semantic model*', 'semantic model'],
    ['timed out', 'timeout'],
    ['times out', 'timeout'],
    ['time out', 'timeout'],
    // misc
    ['wi-fi', 'wifi'],
    ["couldn't", 'could not'],
    ["can't", 'cannot'],
    ["won't", 'will not'],
    ["doesn't", 'does not'],
    ["isn't", 'is not'],
]

// Words that say nothing about which issue is meant (Microsoft's "Users may be unable to ..." style included).
export const EN_STOP =
    'a an and are as at be been but by can cannot cant could did do does doesnt dont for from get gets getting has have ' +
    'he her his how i if in into is isnt it its me my no not of on or our out she so some than that the their them ' +
    'then there they this to too up us was we were what when where which while who will with won wont would you your ' +
    'user users may might unable able issue issues problem problems error errors see seeing saw work working ' +
    'microsoft 365 m365 o365 office please help urgent asap since today morning yesterday still also again all any ' +
    'every everyone people staff colleague colleagues team new one two several multiple whenever time times just ' +
    'experience experiencing affect affected impact impacted admin admins t s ' +
    'after before about even though although anything nothing something after here some being am yet only fail fails failing failed ' +
    'nothing happens happen show shows showing keeps keep'

/** Words that tell English text from French and Danish. */
export const EN_MARKERS =
    'the is are not can cannot to when with my we after from for of and in on doesn don isn won keeps unable error users user any this our'
