import * as control from '../../test/glide/control'
import { makeRestCall } from '../../test/glide/sn_ws_int'
import { userHasRole } from '../../test/glide/store'
import { RouteCall, RouteReply, InstanceRuntime } from './server.ts'

// Binds the sandbox instance server to the Glide double: users, roles and running a route as its caller.
export function doubleRuntime(): InstanceRuntime {
    const user = (name: string) => control.rows('sys_user').find((u) => u.user_name === name)
    return {
        runRoute(handler, call: RouteCall): RouteReply {
            // gs.getMessage answers in the caller's language, as the platform's session does.
            control.setLanguage((call.userName && user(call.userName)?.preferred_language) || 'en')
            const rest = makeRestCall({
                method: call.method,
                pathParams: call.pathParams,
                queryParams: call.queryParams,
                headers: call.headers,
                body: call.body,
                uri: call.uri,
                url: call.uri,
                userName: call.userName ?? 'guest',
            })
            return rest.run(handler as Parameters<typeof rest.run>[0])
        },
        userHasAnyRole(userName, roles) {
            const u = user(userName)
            if (!u) return false
            return roles.some((r) => userHasRole(u.sys_id, r))
        },
        userExists: (name) => !!user(name) && user(name)!.active !== 'false',
        users: {
            checkPassword(userName, password) {
                const u = user(userName)
                return !!u && u.active !== 'false' && u.locked_out !== 'true' && !!u.password && u.password === password
            },
        },
        userSysId: (name) => user(name)?.sys_id ?? '',
        language: (name) => user(name)?.preferred_language || 'en',
        translate(userName, _scope, text) {
            const lang = user(userName)?.preferred_language || 'en'
            const hit = control.rows('sys_ui_message').find((m) => m.key === text && m.language === lang)
            return hit ? hit.message : text
        },
    }
}
