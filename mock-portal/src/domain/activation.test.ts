import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expect, test } from '../../../tests/support/test';
import { ACTIVATION_ALPHABET, ACTIVATION_VALID_MS, activationExpiresAt, activationPasswordFrom, activationStatus } from './activation';

const HOUR = 60 * 60 * 1000;
const GENERATED = Date.parse('2026-11-26T15:00:00Z');

test.describe('activation passwords', () => {
  test('the alphabet has 32 symbols that cannot be misread, each once', () => {
    expect(ACTIVATION_ALPHABET).toHaveLength(32);
    expect(new Set(ACTIVATION_ALPHABET).size).toBe(32);
    expect(ACTIVATION_ALPHABET).not.toMatch(/[01IO]/);
  });

  test('12 bytes become three groups of four symbols, each byte read modulo 32', () => {
    expect(activationPasswordFrom(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toBe('ABCD-EFGH-JKLM');
    expect(activationPasswordFrom(new Uint8Array([31, 32, 63, 255, 24, 25, 30, 224, 100, 200, 150, 250]))).toBe('9A99-238A-EJY4');
  });

  test('extra bytes are ignored; too few are a programming error', () => {
    expect(activationPasswordFrom(new Uint8Array(13).fill(1))).toBe('BBBB-BBBB-BBBB');
    expect(() => activationPasswordFrom(new Uint8Array(11))).toThrow('An activation password needs 12 random bytes, got 11');
  });

  test('property: always 14 characters from the alphabet in 4-4-4 groups', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        assert.match(activationPasswordFrom(bytes), /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      }),
    );
  });
});

test.describe('activation expiry: 48 hours on the portal clock', () => {
  test('expires 48 h after it was generated', () => {
    expect(ACTIVATION_VALID_MS).toBe(48 * HOUR);
    expect(activationExpiresAt(GENERATED)).toBe(Date.parse('2026-11-28T15:00:00Z'));
  });

  test('no password yet: "Not activated"', () => {
    expect(activationStatus(null, GENERATED)).toBe('Not activated');
  });

  test('pending until a moment before 48 h; expired at 48 h and after', () => {
    const activation = { expiresAt: activationExpiresAt(GENERATED) };
    expect(activationStatus(activation, GENERATED)).toBe('Activation pending');
    expect(activationStatus(activation, GENERATED + 48 * HOUR - 1)).toBe('Activation pending');
    expect(activationStatus(activation, GENERATED + 48 * HOUR)).toBe('Activation expired');
    expect(activationStatus(activation, GENERATED + 48 * HOUR + 1)).toBe('Activation expired');
    expect(activationStatus(activation, GENERATED + 1000 * HOUR)).toBe('Activation expired');
  });
});
