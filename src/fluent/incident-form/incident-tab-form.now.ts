import '@servicenow/sdk/global'
import { Record, default_view } from '@servicenow/sdk/core'

// The "Microsoft 365" tab on the incident form, added WITHOUT touching the instance's layout: no Form(), no
// sys_ui_form and no sys_ui_form_section (those would replace or reorder the incident form on install). What is
// shipped: a UI macro (iframe to x_mioms_m365_assis_incident_tab.do), a UI formatter for it, a new "Microsoft 365"
// section of incident's Default view holding that formatter, visible to app roles only (the section's roles). The README says how an admin places the section (and adds it to other views).

export const incidentTabMacro = Record({
    $id: Now.ID['incident-tab-macro'],
    table: 'sys_ui_macro',
    data: {
        name: 'x_mioms_m365_assis_incident_tab',
        active: true,
        description:
            'Microsoft 365 tab of the incident form: the x_mioms_m365_assis_incident_tab.do UI page in an iframe (insights_user or administrator).',
        xml: Now.include('./incident-tab-macro.xml'),
    },
})

export const incidentTabFormatter = Record({
    $id: Now.ID['incident-tab-formatter'],
    table: 'sys_ui_formatter',
    data: {
        name: 'Microsoft 365',
        type: 'formatter',
        formatter: 'x_mioms_m365_assis_incident_tab.xml',
        table: 'incident',
        active: true,
    },
})

export const incidentTabSection = Record({
    $id: Now.ID['incident-tab-section'],
    table: 'sys_ui_section',
    data: {
        name: 'incident',
        caption: 'Microsoft 365',
        title: true,
        header: false,
        view: default_view,
        // Only app roles see the tab (role names: role objects serialize as "[object Object]" in Record data).
        roles: 'x_mioms_m365_assis.insights_user,x_mioms_m365_assis.administrator',
    },
})

Record({
    $id: Now.ID['incident-tab-section-element'],
    table: 'sys_ui_element',
    data: {
        sys_ui_section: incidentTabSection,
        element: 'x_mioms_m365_assis_incident_tab.xml',
        type: 'formatter',
        // The sys_id of incidentTabFormatter (keys.ts 'incident-tab-formatter'): the sys_ui_section serializer drops a
        // Record reference here (emits an empty sys_ui_formatter); test/incident/incident-form-xml.test.ts checks it.
        sys_ui_formatter: 'b9d2601251634622bd8e741772b29461',
        position: 0,
    },
})
