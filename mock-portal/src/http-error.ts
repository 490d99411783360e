/** An error that knows which status and which customer-facing words it deserves. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (): HttpError =>
  new HttpError(404, 'Page not found', 'We could not find that page. It may have moved, or it may not belong to your account.');
