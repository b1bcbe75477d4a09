// Runs the corpus inside the engine under test (Rhino or Node) and prints one line per case. Plain ES5 that
// builds its own JSON (ASCII only, so the JVM's stdout encoding cannot alter it) and never calls the engine's
// JSON, Date or sort: only the modules under test may depend on those.
// The bundle defines __load(id) and __plan: [[moduleId, corpusId or null], ...] before this file.
/* global __load, __plan, print */
var __hex = '0123456789abcdef'

function __esc(ch) {
    var c = ch.charCodeAt(0)
    if (c === 34) return '\\"'
    if (c === 92) return '\\\\'
    return (
        '\\u' +
        __hex.charAt((c >> 12) & 15) +
        __hex.charAt((c >> 8) & 15) +
        __hex.charAt((c >> 4) & 15) +
        __hex.charAt(c & 15)
    )
}

// One character class of plain ASCII: the engines' regular expressions agree on that much, and a disagreement
// would show up as a difference, never hide one.
function __str(s) {
    return '"' + s.replace(/[^ !#-[\]-~]/g, __esc) + '"'
}

function __num(n) {
    return '{"$n":' + __str(n === 0 && 1 / n < 0 ? '-0' : String(n)) + '}'
}

function __enc(v, stack) {
    if (v === null) return 'null'
    var t = typeof v
    if (t === 'string') return __str(v)
    if (t === 'boolean') return v ? 'true' : 'false'
    if (t === 'undefined') return '{"$u":1}'
    if (t === 'number') return __num(v)
    if (t === 'function') return '{"$f":1}'
    if (t !== 'object') return '{"$other":' + __str(t + ':' + String(v)) + '}'
    for (var s = 0; s < stack.length; s++) if (stack[s] === v) return '{"$cycle":1}'
    stack.push(v)
    var parts = []
    var out
    if (Object.prototype.toString.call(v) === '[object Array]') {
        for (var i = 0; i < v.length; i++) parts.push(i in v ? __enc(v[i], stack) : '{"$hole":1}')
        out = '[' + parts.join(',') + ']'
    } else if (v instanceof Date) {
        out = '{"$date":' + __num(v.getTime()) + '}'
    } else if (v instanceof RegExp) {
        out = '{"$re":' + __str(String(v)) + '}'
    } else if (v instanceof Error) {
        out = '{"$err":' + __str(String(v.name)) + ',"message":' + __str(String(v.message)) + '}'
    } else if (typeof Set === 'function' && v instanceof Set) {
        v.forEach(function (x) {
            parts.push(__enc(x, stack))
        })
        out = '{"$set":[' + parts.join(',') + ']}'
    } else if (typeof Map === 'function' && v instanceof Map) {
        v.forEach(function (x, k) {
            parts.push('[' + __enc(k, stack) + ',' + __enc(x, stack) + ']')
        })
        out = '{"$map":[' + parts.join(',') + ']}'
    } else {
        var keys = Object.keys(v)
        for (var j = 0; j < keys.length; j++) parts.push(__str(keys[j]) + ':' + __enc(v[keys[j]], stack))
        out = '{"$o":{' + parts.join(',') + '}}'
    }
    stack.pop()
    return out
}

function __thrown(e) {
    if (e instanceof Error) return '{"$err":' + __str(String(e.name)) + ',"message":' + __str(String(e.message)) + '}'
    return __enc(e, [])
}

function __run() {
    var lines = []
    for (var p = 0; p < __plan.length; p++) {
        var moduleId = __plan[p][0]
        var corpusId = __plan[p][1]
        var head = '[' + __str(moduleId) + ','
        var mod
        try {
            mod = __load(moduleId)
        } catch (e) {
            lines.push(head + '"#load",0,null,{"x":' + __thrown(e) + '}]')
            continue
        }
        // Exported constants: computed at load time, so they depend on the engine too.
        var names = Object.keys(mod).sort()
        for (var k = 0; k < names.length; k++) {
            if (typeof mod[names[k]] !== 'function')
                lines.push(head + '"#const",' + __str(names[k]) + ',null,{"r":' + __enc(mod[names[k]], []) + '}]')
        }
        if (!corpusId) continue
        var cases
        try {
            cases = __load(corpusId)['default']
        } catch (e) {
            lines.push(head + '"#corpus",0,null,{"x":' + __thrown(e) + '}]')
            continue
        }
        var fns = Object.keys(cases).sort()
        for (var f = 0; f < fns.length; f++) {
            var list = cases[fns[f]]
            for (var i = 0; i < list.length; i++) {
                var key = head + __str(fns[f]) + ',' + i + ','
                var args
                var input
                try {
                    args = typeof list[i] === 'function' ? list[i]() : list[i]
                    input = __enc(args, [])
                } catch (e) {
                    lines.push(key + 'null,{"x":' + __thrown(e) + '}]')
                    continue
                }
                var result
                try {
                    if (typeof mod[fns[f]] !== 'function') throw new Error(fns[f] + ' is not an exported function')
                    var r = mod[fns[f]].apply(null, args)
                    result = '{"r":' + __enc(r, []) + ',"a":' + __enc(args, []) + '}'
                } catch (e) {
                    result = '{"x":' + __thrown(e) + '}'
                }
                lines.push(key + input + ',' + result + ']')
            }
        }
    }
    print(lines.join('\n'))
}

__run()
