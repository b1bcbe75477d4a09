import type * as M from '../../../../../src/server/setup/rules/setup-checks.ts'
import { CHECKS } from '../../../../../src/server/setup/rules/setup-checks.ts'
import { tx } from '../../../../../src/server/setup/rules/setup-text.ts'
import { corpus } from '../../support.ts'

const [CROSS, OIDC, TOKEN] = CHECKS

export default corpus<typeof M>({
    checksFor: [['basic'], ['aad'], ['insights']],
    passed: [[CROSS, tx('ok {0}', 3)]],
    failed: [[OIDC, tx('bad'), tx('fix {0}', 'it')]],
    skipped: [[TOKEN, tx('skipped')]],
    allPassed: [
        [[]],
        [[{ id: 'cross_scope_read', name: 'n', status: 'passed', detail: [], fix: [] }]],
        [
            [
                { id: 'cross_scope_read', name: 'n', status: 'passed', detail: [], fix: [] },
                { id: 'token_request', name: 'n', status: 'skipped', detail: [], fix: [] },
            ],
        ],
    ],
    isCrossScopeRefusal: [
        [
            "Read operation against 'oauth_entity' from scope 'x' has been refused due to the table's cross-scope access policy",
        ],
        ['CROSS-SCOPE ACCESS POLICY'],
        ['other'],
        [''],
    ],
    interpretCrossScopeRead: [
        [CROSS, null, 3],
        [
            CROSS,
            "Read operation against 'oauth_entity' has been refused due to the table's cross-scope access policy",
            0,
        ],
        [CROSS, 'NullPointerException', 0],
    ],
    interpretPrivileges: [
        [CROSS, []],
        [
            CROSS,
            [
                { target_name: 'oauth_entity', operation: 'read', status: 'allowed' },
                { target_name: 'oauth_entity_profile', operation: 'read', status: 'allowed' },
            ],
        ],
        [
            CROSS,
            [
                { target_name: 'oauth_entity', operation: 'read', status: 'requested' },
                { target_name: 'oauth_entity_profile', operation: 'write', status: 'allowed' },
            ],
        ],
        [
            CROSS,
            [
                { target_name: 'oauth_entity', operation: 'read', status: 'allowed' },
                { target_name: 'oauth_entity_profile', operation: 'read', status: 'allowed' },
            ],
            true,
        ],
        [
            CROSS,
            [
                { target_name: 'oauth_entity', operation: 'read', status: 'allowed' },
                { target_name: 'oauth_entity_profile', operation: 'read', status: 'allowed' },
            ],
            false,
        ],
        [CROSS, [{ target_name: 'oauth_entity', operation: 'read', status: 'requested' }], true],
    ],
    countResults: [
        [[]],
        [
            [
                { status: 'passed' },
                { status: 'failed' },
                { status: 'skipped' },
                { status: 'skipped' },
                { status: 'passed' },
            ],
        ],
        [[{ status: 'passed' }, { status: 'passed' }]],
    ],
})
