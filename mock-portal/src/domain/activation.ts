/**
 * BES activation passwords: a one-time password the BlackBerry user types on
 * the device, valid for 48 hours on the portal clock. Pure: the random bytes
 * and the instants are arguments.
 */

export const ACTIVATION_VALID_MS = 48 * 60 * 60 * 1000;

/** 32 symbols, none that read alike (no 0/O, 1/I): each random byte gives exactly 5 unbiased bits. */
export const ACTIVATION_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 12 symbols × 5 bits = 60 bits: far beyond guessing in 48 hours. */
export const ACTIVATION_PASSWORD_SYMBOLS = 12;

export type ActivationStatus = 'Not activated' | 'Activation pending' | 'Activation expired';

export interface Activation {
  /** ms since the epoch on the portal clock */
  readonly expiresAt: number;
}

/** "K7PQ-M2XD-9FHT" from 12 random bytes; fewer bytes is a programming error. */
export function activationPasswordFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < ACTIVATION_PASSWORD_SYMBOLS) {
    throw new RangeError(`An activation password needs ${ACTIVATION_PASSWORD_SYMBOLS} random bytes, got ${randomBytes.length}`);
  }
  const symbols = [...randomBytes].map((byte) => ACTIVATION_ALPHABET[byte % 32]).join('');
  // Extra bytes fall outside the three groups.
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}`;
}

export function activationExpiresAt(generatedAt: number): number {
  return generatedAt + ACTIVATION_VALID_MS;
}

/** Pending up to the instant before expiry; from the expiry instant on, expired (a new password is needed). */
export function activationStatus(activation: Activation | null, now: number): ActivationStatus {
  if (!activation) return 'Not activated';
  return now < activation.expiresAt ? 'Activation pending' : 'Activation expired';
}
