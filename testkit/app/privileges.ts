import * as control from '../glide/control'
import type { BuiltApp } from './built-app'

// Installs the cross-scope privileges the build declares (src/fluent/security/cross-scope.now.ts) onto the
// double. On the platform source_scope references sys_scope; the double stores the scope name there.
export function installScopePrivileges(app: BuiltApp): void {
    const privileges = app.records.get('sys_scope_privilege') ?? []
    control.seed(
        'sys_scope_privilege',
        privileges.map((p) => ({
            source_scope: 'x_mioms_m365_assis',
            target_scope: 'global',
            target_type: 'sys_db_object',
            target_name: String(p.target_name),
            operation: String(p.operation),
            status: String(p.status),
        })),
    )
}
