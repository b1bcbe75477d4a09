// GlideSecureRandomUtil over Node's CSPRNG.
import { randomBytes, randomInt } from 'node:crypto'

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export class GlideSecureRandomUtil {
    static getSecureRandomString(length: number): string {
        let out = ''
        for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]
        return out
    }
    static getSecureRandomInt(): number {
        return randomBytes(4).readInt32BE(0)
    }
    static getSecureRandomIntBound(bound: number): number {
        return randomInt(bound)
    }
    static getSecureRandomLong(): number {
        return Number(randomBytes(6).readUIntBE(0, 6))
    }
}
