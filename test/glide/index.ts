// '@servicenow/glide' in tests and the sandbox. The real package flattens every namespace into its root
// export, so sn_ws / sn_auth / sn_ws_err / sn_ws_int classes are re-exported here too.
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
export { RESTMessageV2, RESTResponseV2 } from './sn_ws'
export { GlideOAuthClient, GlideOAuthClientRequest, GlideOAuthClientResponse, GlideOAuthToken } from './sn_auth'
export { ServiceError } from './sn_ws_err'
export { RESTAPIRequest, RESTAPIRequestBody, RESTAPIResponse, RESTAPIResponseStream } from './sn_ws_int'
