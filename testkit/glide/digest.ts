import { createHash } from 'node:crypto'

// Scoped GlideDigest (ServiceNow docs "GlideDigest - Scoped", API reference, server API: getSHA256Hex(String source)
// "Creates a message digest from a string using the SHA256 algorithm. The output string is in hexadecimal.").
// The docs name neither the string's byte encoding nor the hex letter case: UTF-8 (Java's usual getBytes for
// text) and upper case here, so code that needs one form must normalize it (platform/digest.ts lowercases).
export class GlideDigest {
    getSHA256Hex(source: string): string {
        return createHash('sha256').update(String(source), 'utf8').digest('hex').toUpperCase()
    }
}
