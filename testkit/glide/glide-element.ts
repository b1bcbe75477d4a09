// What `gr.field` returns: a GlideElement over one field of the record's current row.
import {
    aclAllows,
    allRows,
    APP_SCOPE,
    displayField,
    findById,
    formatUtc,
    isJournal,
    isPassword2,
    parseUtc,
    refTarget,
    writeSyslog,
} from './store'

/** The parts of a GlideRecord an element needs (kept narrow to avoid a circular import). */
export interface ElementOwner {
    getTableName(): string
    getUniqueValue(): string
    setValue(name: string, value: unknown): void
    _raw(field: string): string
    _loaded(field: string): string
    _openRef(table: string, sysId: string): unknown
}

/** Password2 values read back encrypted, like the platform's getValue on a password2 field. */
export function encryptedForm(plain: string): string {
    return plain ? 'enc:' + Buffer.from(plain, 'utf8').toString('base64') : ''
}

export function displayValueOf(tableName: string, field: string, raw: string): string {
    if (isPassword2(tableName, field)) return raw ? '********' : ''
    const target = refTarget(tableName, field)
    if (target && raw) {
        const ref = findById(target, raw)
        return ref ? (ref[displayField(ref.sys_class_name || target)] ?? '') : ''
    }
    return raw
}

export class GlideElement {
    constructor(
        private readonly _owner: ElementOwner,
        private readonly _field: string,
    ) {}

    getName(): string {
        return this._field
    }
    getTableName(): string {
        return this._owner.getTableName()
    }
    getLabel(): string {
        return this._field
    }

    toString(): string {
        const raw = this._owner._raw(this._field)
        return isPassword2(this._owner.getTableName(), this._field) ? encryptedForm(raw) : raw
    }

    /** Like the platform, an empty field reads as null, not ''. */
    getValue(): string | null {
        const v = this.toString()
        return v === '' ? null : v
    }

    setValue(value: unknown): void {
        this._owner.setValue(this._field, value)
    }
    setDisplayValue(value: unknown): void {
        this._owner.setValue(this._field, value)
    }

    getDisplayValue(): string {
        return displayValueOf(this._owner.getTableName(), this._field, this._owner._raw(this._field))
    }

    nil(): boolean {
        return this._owner._raw(this._field) === ''
    }
    isNil(): boolean {
        return this.nil()
    }
    hasValue(): boolean {
        return !this.nil()
    }
    changes(): boolean {
        return this._owner._raw(this._field) !== this._owner._loaded(this._field)
    }
    changesTo(v: unknown): boolean {
        return this.changes() && this._owner._raw(this._field) === String(v)
    }
    changesFrom(v: unknown): boolean {
        return this.changes() && this._owner._loaded(this._field) === String(v)
    }

    /** Only the app's own tables may decrypt: a scoped app cannot decrypt e.g. oauth_entity.client_secret. */
    getDecryptedValue(): string | null {
        const tableName = this._owner.getTableName()
        if (!isPassword2(tableName, this._field)) return this.getValue()
        if (!tableName.startsWith(APP_SCOPE + '_')) {
            writeSyslog(
                'error',
                `Security restricted: ${APP_SCOPE} cannot decrypt ${tableName}.${this._field}`,
                'GlideElement',
            )
            return null
        }
        const raw = this._owner._raw(this._field)
        return raw === '' ? null : raw
    }

    getReferenceTable(): string {
        return refTarget(this._owner.getTableName(), this._field) ?? ''
    }

    getRefRecord(): unknown {
        const target = refTarget(this._owner.getTableName(), this._field)
        if (!target)
            throw new Error(`Glide double: ${this._owner.getTableName()}.${this._field} is not a reference field`)
        return this._owner._openRef(target, this._owner._raw(this._field))
    }

    canRead(): boolean {
        return aclAllows(this._owner.getTableName(), 'read')
    }
    canWrite(): boolean {
        return aclAllows(this._owner.getTableName(), 'write')
    }
    canCreate(): boolean {
        return aclAllows(this._owner.getTableName(), 'create')
    }

    /** Journal fields: the newest `lines` entries in the platform's "date - user (field)\nvalue" layout. */
    getJournalEntry(lines: number): string {
        if (!isJournal(this._owner.getTableName(), this._field)) return ''
        const entries = allRows('sys_journal_field')
            .filter((j) => j.element_id === this._owner.getUniqueValue() && j.element === this._field)
            .reverse()
            .sort((a, b) => parseUtc(b.sys_created_on) - parseUtc(a.sys_created_on))
        const chosen = lines < 0 ? entries : entries.slice(0, lines)
        return chosen
            .map((j) => `${formatUtc(parseUtc(j.sys_created_on))} - ${j.sys_created_by} (${this._field})\n${j.value}\n`)
            .join('\n')
    }
}
