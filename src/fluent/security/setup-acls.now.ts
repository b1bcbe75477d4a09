import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { administrator } from './roles.now'

// "Me": the platform's dynamic filter option for the current user.
const currentUser = 'userDYNAMIC90d1921e5f510100a9ad2572f2b477fe'

// Why: setup state names the OAuth profile, OIDC provider and integration user: administrators only.
Acl({
    $id: Now.ID['acl-setup-state-read'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup_state',
    operation: 'read',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators see the Setup state.',
})

// Why: only the administrator running Setup starts it.
Acl({
    $id: Now.ID['acl-setup-state-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup_state',
    operation: 'create',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators create the Setup state.',
})

// Why: only the administrator running Setup changes the integration's configuration.
Acl({
    $id: Now.ID['acl-setup-state-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup_state',
    operation: 'write',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators update the Setup state.',
})

// Why: deleting the row restarts Setup: administrators only.
Acl({
    $id: Now.ID['acl-setup-state-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup_state',
    operation: 'delete',
    roles: [administrator],
    adminOverrides: true,
    description: 'Only app administrators reset Setup.',
})

// Why: an administrator sees only the Microsoft 365 admin email linked to their own user.
Acl({
    $id: Now.ID['acl-linked-account-read'],
    type: 'record',
    table: 'x_mioms_m365_assis_linked_account',
    operation: 'read',
    roles: [administrator],
    condition: currentUser,
    adminOverrides: true,
    description: 'App administrators read their own linked Microsoft 365 admin account.',
})

// Why: an administrator links an account for themselves only, never on behalf of another user.
Acl({
    $id: Now.ID['acl-linked-account-create'],
    type: 'record',
    table: 'x_mioms_m365_assis_linked_account',
    operation: 'create',
    roles: [administrator],
    condition: currentUser,
    adminOverrides: true,
    description: 'App administrators link a Microsoft 365 admin account to their own user.',
})

// Why: an administrator changes only their own linked account.
Acl({
    $id: Now.ID['acl-linked-account-write'],
    type: 'record',
    table: 'x_mioms_m365_assis_linked_account',
    operation: 'write',
    roles: [administrator],
    condition: currentUser,
    adminOverrides: true,
    description: 'App administrators update their own linked Microsoft 365 admin account.',
})

// Why: an administrator unlinks only their own account.
Acl({
    $id: Now.ID['acl-linked-account-delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_linked_account',
    operation: 'delete',
    roles: [administrator],
    condition: currentUser,
    adminOverrides: true,
    description: 'App administrators remove their own linked Microsoft 365 admin account.',
})
