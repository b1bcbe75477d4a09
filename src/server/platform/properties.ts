import { gs } from '@servicenow/glide'
import { SCOPE } from '../domain/scope.ts'

// The app's settings live in private system properties named x_mioms_m365_assis.<name>.
export function getSetting(name: string, fallback = ''): string {
    const v = gs.getProperty(SCOPE + '.' + name, fallback)
    return v === null || v === undefined ? fallback : String(v)
}

export function getBooleanSetting(name: string, fallback = false): boolean {
    const v = getSetting(name, fallback ? 'true' : 'false')
    return v === 'true'
}

export function getNumberSetting(name: string, fallback: number): number {
    const n = Number(getSetting(name, String(fallback)))
    return isFinite(n) ? n : fallback
}

export function setSetting(name: string, value: string): void {
    gs.setProperty(SCOPE + '.' + name, value)
}

/** A platform (non-app) property such as glide.servlet.uri; scoped apps may read these through gs. */
export function getPlatformProperty(name: string, fallback = ''): string {
    const v = gs.getProperty(name, fallback)
    return v === null || v === undefined ? fallback : String(v)
}
