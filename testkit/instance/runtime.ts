import * as control from '../glide/control'
import { makeRestCall } from '../glide/sn_ws_int'
import { fieldsOf, table as tableDef, userHasRole } from '../glide/store'
import { GlideRecordSecure } from '../glide'
import { RouteCall, RouteReply, InstanceRuntime } from './server.ts'
import { ListRows, LIST_COLUMNS, MAX_ROWS } from './lists.ts'

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
        // A list view as `userName` sees it: GlideRecordSecure enforces the app's table ACLs (installed from the build).
        listRows(userName, table, query): ListRows | null {
            if (!tableDef(table)) return null
            const fields = fieldsOf(table) ?? []
            control.setCurrentUser(userName)
            const names = (LIST_COLUMNS[table] ?? fields.slice(0, 6)).filter(
                (f) => f === 'sys_created_on' || fields.indexOf(f) >= 0,
            )
            const columns = names.map((name) => ({
                name,
                label: name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
            }))
            const gr = new GlideRecordSecure(table)
            if (!gr.canRead()) return { columns, rows: [], denied: true }
            if (query) gr.addEncodedQuery(query)
            gr.setLimit(MAX_ROWS)
            gr.query()
            const rows: Record<string, string>[] = []
            while (gr.next()) {
                const row: Record<string, string> = { sys_id: gr.getUniqueValue() }
                for (const c of names) row[c] = gr.getDisplayValue(c)
                rows.push(row)
            }
            return { columns, rows, denied: false }
        },
        userSysId: (name) => user(name)?.sys_id ?? '',
        language: (name) => user(name)?.preferred_language || 'en',
        // sn_i18n.Message.getMessage(code, message), which the page's Jelly calls: the row whose code is `code` and
        // whose key (case-insensitive) is `message`, in the user's language, else English (the default fallback,
        // "Set a fallback language"), else `message` itself (Message - Global API doc).
        translate(userName, code, key) {
            const lang = user(userName)?.preferred_language || 'en'
            const rows = control
                .rows('sys_ui_message')
                .filter((m) => m.code === code && String(m.key).toLowerCase() === key.toLowerCase())
            const hit = rows.find((m) => m.language === lang) ?? rows.find((m) => m.language === 'en')
            return hit ? hit.message : key
        },
    }
}
