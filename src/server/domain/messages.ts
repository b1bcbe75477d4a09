// The messages users see, verbatim from the original app's documentation (PRODUCT.md). They are shown at the
// top of the form and logged with source x_mioms_m365_assis. Keys are the English text (the platform's
// sys_ui_message convention), so gs.getMessage falls back to English when no translation exists.
export const MSG = {
    setupIncomplete: 'Please contact your ServiceNow admin and ask them to complete the setup steps for the app.',
    finalStepIncomplete:
        'Please contact your ServiceNow admin and ask them to complete the final set up step for the app.',
    invalidAdmin:
        '{0} is not a valid Microsoft 365 admin account. You need Microsoft 365 admin privileges to open a service request. In the app, link the admin account.',
    contactAppSupport: 'Please contact app support.',
    unableToSaveTicket: 'Unable to save ticket details. Please contact App support.',
    crossScopeRefused:
        "Read operation against '{0}' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy",
} as const

export type MessageKey = keyof typeof MSG
