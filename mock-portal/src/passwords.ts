import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/** "scrypt$<salt>$<hash>", so a password is never kept in a form that can be read back. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32).toString('base64')}`;
}

/** Asynchronous, so checking a password (tens of milliseconds of scrypt) does not stall every other request. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

let decoy: string | undefined;
/** A hash to check against when no account has the email, so the answer takes as long either way. */
export function decoyHash(): string {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}
