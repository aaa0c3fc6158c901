/** An error with an HTTP status and a stable code, rendered by the one error handler. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: { field?: string; message: string }[],
  ) {
    super(message)
  }
}

export const notFound = (what: string, id: string) =>
  new ApiError(404, 'not_found', `${what} "${id}" does not exist`)

export const badRequest = (field: string, message: string) =>
  new ApiError(400, 'bad_request', `${field}: ${message}`, [{ field, message }])
