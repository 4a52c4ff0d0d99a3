/** A refusal the viewer should read: the endpoint answers it with its status and message. */
export class RentalError extends Error {
  constructor(
    readonly status: 400 | 402 | 404 | 409 | 503,
    message: string,
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message)
  }
}
