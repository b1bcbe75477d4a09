// Request-body validation for the reference connector, mirroring the schemas in contracts/connector.openapi.yaml.

export interface FieldIssue {
    field: string
    issue: string
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/
const SYS_ID = /^[0-9a-f]{32}$/
const LOCALE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/

type Obj = Record<string, unknown>

function str(
    o: Obj,
    field: string,
    issues: FieldIssue[],
    opts: { required?: boolean; max: number; pattern?: RegExp; label?: string },
): void {
    const v = field.split('.').reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Obj)[k] : undefined), o)
    if (v === undefined || v === null) {
        if (opts.required) issues.push({ field, issue: 'is required' })
        return
    }
    if (typeof v !== 'string') return void issues.push({ field, issue: 'must be a string' })
    if (opts.required && v.trim() === '') return void issues.push({ field, issue: 'must not be blank' })
    if (v.length > opts.max) return void issues.push({ field, issue: `must be at most ${opts.max} characters` })
    if (opts.pattern && !opts.pattern.test(v)) issues.push({ field, issue: `must be ${opts.label ?? 'well formed'}` })
}

function obj(o: Obj, field: string, issues: FieldIssue[]): boolean {
    const v = o[field]
    if (v === undefined || v === null) return (void issues.push({ field, issue: 'is required' }), false)
    if (typeof v !== 'object' || Array.isArray(v))
        return (void issues.push({ field, issue: 'must be an object' }), false)
    return true
}

export function validateSearch(b: Obj): FieldIssue[] {
    const issues: FieldIssue[] = []
    str(b, 'repositoryId', issues, { required: true, max: 128 })
    str(b, 'query', issues, { required: true, max: 2000 })
    str(b, 'incidentNumber', issues, { max: 40 })
    str(b, 'locale', issues, { max: 12, pattern: LOCALE, label: 'a BCP 47 language tag such as en-US' })
    return issues
}

export function validateCase(b: Obj): FieldIssue[] {
    const issues: FieldIssue[] = []
    str(b, 'repositoryId', issues, { required: true, max: 128 })
    str(b, 'title', issues, { required: true, max: 255 })
    str(b, 'description', issues, { required: true, max: 32000 })
    if (obj(b, 'contact', issues)) {
        str(b, 'contact.name', issues, { required: true, max: 255 })
        str(b, 'contact.email', issues, { required: true, max: 254, pattern: EMAIL, label: 'an email address' })
        str(b, 'contact.phone', issues, { max: 40, pattern: /^[0-9+()\-.\s]*$/, label: 'a phone number' })
    }
    str(b, 'adminEmail', issues, { required: true, max: 254, pattern: EMAIL, label: 'an email address' })
    if (typeof b.isTestEnvironment !== 'boolean')
        issues.push({ field: 'isTestEnvironment', issue: 'must be a boolean' })
    if (obj(b, 'incident', issues)) {
        str(b, 'incident.number', issues, { required: true, max: 40 })
        str(b, 'incident.sysId', issues, { required: true, max: 32, pattern: SYS_ID, label: 'a 32-character sys_id' })
    }
    str(b, 'idempotencyKey', issues, { required: true, max: 128 })
    return issues
}

export function validateNote(b: Obj): FieldIssue[] {
    const issues: FieldIssue[] = []
    str(b, 'body', issues, { required: true, max: 32000 })
    str(b, 'author', issues, { required: true, max: 255 })
    return issues
}

/** Key-order-independent JSON, to compare an idempotent replay with the original request. */
export function canonical(v: unknown): string {
    if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
    if (v && typeof v === 'object') {
        return `{${Object.keys(v as Obj)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Obj)[k])}`)
            .join(',')}}`
    }
    return JSON.stringify(v)
}
