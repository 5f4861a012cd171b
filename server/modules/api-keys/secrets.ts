/**
 * The random secrets of the API keys and how they are kept: 32 bytes from the operating
 * system's CSPRNG in base64url, stored as SHA-256 hex. A keyed or slow hash adds nothing for
 * 256 random bits, and one hash keeps the per-request lookup a single indexed equality.
 */
import { createHash, randomBytes } from 'node:crypto';
import { API_KEY_MARKER } from '../../../domain/api-keys.js';

export const sha256Hex = (value: string): string => createHash('sha256').update(value).digest('hex');

export const newApiKey = (): string => API_KEY_MARKER + randomBytes(32).toString('base64url');

export const newConfirmationToken = (): string => randomBytes(32).toString('base64url');
