/**
 * The "which card?" form shared by order checkout and invoice payment: reads
 * what was posted into a payment source, or into the state to re-render the
 * form with its messages. The card number and CVC are never echoed back.
 */
import type { Request, Response } from 'express';
import type { CivilDate } from '../domain/calendar';
import { checkNewCard, type CardField } from '../domain/card';
import type { PaymentSource } from '../gateway/card-gateway';
import type { Account, CardAttempts } from '../store';

declare module './session' {
  interface SessionData {
    /** the last failed card attempt, for the one view of its form right after it */
    cardAttempt?: { readonly payable: string; readonly state: CardFormState };
  }
}

export interface CardFormState {
  readonly useNewCard: boolean;
  readonly typed: { readonly name: string; readonly expiry: string };
  readonly save: boolean;
  readonly errors: Partial<Record<CardField, string>>;
  readonly error?: string;
}

/** `state` is always there, to re-render the form as typed if the charge then fails. */
export type CardChoice = { readonly ok: true; readonly source: PaymentSource; readonly state: CardFormState } | { readonly ok: false; readonly state: CardFormState };

export const CHECK_CARD_MESSAGE = 'Check the card details below. You have not been charged.';

export function readCardChoice(body: Record<string, unknown>, account: Account, today: CivilDate): CardChoice {
  const text = (field: string) => (typeof body[field] === 'string' ? (body[field] as string) : '');
  const useNewCard = text('card') === 'new' || !account.storedCard;
  const state = { useNewCard, typed: { name: text('name'), expiry: text('expiry') }, save: text('save') === 'on', errors: {} };
  if (!useNewCard) {
    if (text('card') !== 'stored' && text('card') !== '') return { ok: false, state: { ...state, error: 'Choose a card to pay with.' } };
    return { ok: true, source: { kind: 'stored-card', token: account.storedCard!.token }, state };
  }
  const check = checkNewCard({ number: text('number'), name: text('name'), expiry: text('expiry'), cvc: text('cvc') }, today);
  if (!check.ok) return { ok: false, state: { ...state, errors: check.errors, error: CHECK_CARD_MESSAGE } };
  const { brand: _brand, last4: _last4, ...card } = check.card;
  return { ok: true, source: { kind: 'new-card', ...card, save: state.save }, state };
}

/** What the card-choice partial needs; a first visit selects the stored card when there is one. */
export function cardFormView(account: Account, state?: Partial<CardFormState>) {
  return {
    contact: account.contact,
    storedCard: account.storedCard,
    useNewCard: state?.useNewCard ?? !account.storedCard,
    typed: state?.typed ?? { name: '', expiry: '' },
    save: state?.save ?? false,
    errors: state?.errors ?? {},
  };
}

/**
 * After the gateway refused or did not answer, the form is shown again by a
 * redirect (so Back and Reload never resend the card): the attempt's message
 * and what was typed wait in the session for that one view. `payable` names
 * the order or invoice, e.g. "order-5001".
 */
export function rememberFailedAttempt(req: Request, payable: string, state: CardFormState): void {
  req.session.cardAttempt = { payable, state };
}

/** The failed attempt on `payable`, once: opening the form again later shows no stale message. */
export function takeFailedAttempt(req: Request, payable: string): CardFormState | undefined {
  const attempt = req.session.cardAttempt;
  if (attempt?.payable !== payable) return undefined;
  delete req.session.cardAttempt;
  return attempt.state;
}

/**
 * Renders a page built on the card-choice partial (order checkout, invoice
 * payment). A form refused in this request is a 422. A payment whose outcome
 * is unknown keeps its message until it is settled: that is the order's
 * state, not a past event.
 */
export function renderCardForm(
  res: Response,
  view: string,
  account: Account,
  payable: CardAttempts,
  locals: Record<string, unknown>,
  state?: Partial<CardFormState>,
): void {
  const refused = Boolean(state?.error) && res.req.method === 'POST';
  res.status(refused ? 422 : 200).render(view, {
    ...locals,
    ...cardFormView(account, state),
    error: state?.error ?? (payable.outcomeUnknown ? payable.lastPaymentError : undefined),
  });
}
