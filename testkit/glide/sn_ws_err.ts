// sn_ws_err: errors a Scripted REST handler throws; the framework turns them into the error response
// {"error": {"message", "detail"}, "status": "failure"} (see sn_ws_int.ts).
export class ServiceError extends Error {
    status = 500
    detail = ''

    constructor(message?: string) {
        super(message ?? '')
        this.name = 'ServiceError'
    }
    setStatus(code: number): ServiceError {
        this.status = Number(code)
        return this
    }
    setMessage(message: string): ServiceError {
        this.message = String(message)
        return this
    }
    setDetail(detail: string): ServiceError {
        this.detail = String(detail)
        return this
    }
    getStatus(): number {
        return this.status
    }
    getMessage(): string {
        return this.message
    }
    getDetail(): string {
        return this.detail
    }
}

// The platform's predefined subclasses: message in the constructor, status fixed.
export class BadRequestError extends ServiceError {
    constructor(message?: string) {
        super(message)
        this.status = 400
        this.name = 'BadRequestError'
    }
}
export class NotFoundError extends ServiceError {
    constructor(message?: string) {
        super(message)
        this.status = 404
        this.name = 'NotFoundError'
    }
}
export class NotAcceptableError extends ServiceError {
    constructor(message?: string) {
        super(message)
        this.status = 406
        this.name = 'NotAcceptableError'
    }
}
export class ConflictError extends ServiceError {
    constructor(message?: string) {
        super(message)
        this.status = 409
        this.name = 'ConflictError'
    }
}
export class UnsupportedMediaTypeError extends ServiceError {
    constructor(message?: string) {
        super(message)
        this.status = 415
        this.name = 'UnsupportedMediaTypeError'
    }
}
