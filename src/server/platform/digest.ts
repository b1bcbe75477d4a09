import { GlideDigest } from '@servicenow/glide'

// SHA-256 through the platform (scoped GlideDigest, ServiceNow docs "GlideDigest - Scoped": getSHA256Hex). The docs
// do not state the hex letter case: lower case here, so the keys already stored in solution_cache keep matching.
export function sha256Hex(text: string): string {
    return String(new GlideDigest().getSHA256Hex(text)).toLowerCase()
}
