/** An error that knows which status and which customer-facing words it deserves. */
export interface NextStep {
  /** what to do now, in a sentence */
  readonly advice: string;
  /** the way back, e.g. to the form that was sent */
  readonly link?: { readonly href: string; readonly text: string };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    /** what happened */
    message: string,
    readonly next?: NextStep,
  ) {
    super(message);
  }
}

export const notFound = (): HttpError =>
  new HttpError(404, 'Page not found', 'We could not find that page. It may have moved, or it may not belong to your account.', {
    advice: 'Check the address, or start again from the menus at the top of the page.',
  });
