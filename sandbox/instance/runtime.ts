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
        // sn_i18n.Message.getMessage(code, message), which the page's Jelly calls: the row whose code is `code` and
        // whose key (case-insensitive) is `message`, in the user's language, else English (the default fallback,
        // "Set a fallback language"), else `message` itself (Message - Global API doc).
        translate(userName, code, key) {
            const lang = user(userName)?.preferred_language || 'en'
            const rows = control.rows('sys_ui_message').filter((m) => m.code === code && String(m.key).toLowerCase() === key.toLowerCase())
            const hit = rows.find((m) => m.language === lang) ?? rows.find((m) => m.language === 'en')
            return hit ? hit.message : key
        },
    }
}
