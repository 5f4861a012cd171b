/** Who is making a request, as every service sees it. `null` is the anonymous public. */
import type { Role } from '../../domain/roles.js';

export interface Actor {
  userId: string;
  username: string;
  role: Role;
  regionCode: string;
  opdId: string | null;
  /** The institution an institution account (lembaga_layanan) is bound to; absent or null otherwise. */
  institutionId?: string | null;
  ip: string | null;
}
