// '@servicenow/glide' in tests and the sandbox. Like the real package's root export (src/types), it holds
// only the global APIs: RESTMessageV2 is in '@servicenow/glide/sn_ws', GlideOAuthClient in '.../sn_auth', etc.
import { GlideAggregateImpl } from './glide-aggregate'
import { GlideRecordImpl, GlideRecordSecureImpl } from './glide-record'

export const GlideRecord = GlideRecordImpl
export type GlideRecord = GlideRecordImpl
export const GlideRecordSecure = GlideRecordSecureImpl
export type GlideRecordSecure = GlideRecordSecureImpl
export const GlideAggregate = GlideAggregateImpl
export type GlideAggregate = GlideAggregateImpl
export { GlideElement } from './glide-element'
export { gs, ScopedGlideUser as GlideUser, ScopedGlideSession as GlideSession } from './gs'
export { GlideDateTime, GlideDuration } from './date-time'
export { GlideSecureRandomUtil } from './random'
export { GlideDigest } from './digest'
