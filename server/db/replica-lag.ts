/**
 * How far the read replica (DATABASE_READ_URL) is behind the primary, for health: asked of the
 * replica itself, so it works without monitoring rights on the primary. Time since the last
 * replayed transaction alone overstates lag when the primary is idle (nothing to replay), so a
 * replica that has replayed all it received counts as 0 s behind.
 */
import { sql } from 'drizzle-orm';
import type { Database } from './connection.js';

export interface ReplicaLag {
  /** False when DATABASE_READ_URL names a server that is not a standby (a misconfiguration). */
  inRecovery: boolean;
  /** Seconds the replica's data is behind; null when it cannot tell (nothing replayed yet). */
  lagSeconds: number | null;
  /** WAL received but not yet replayed, in bytes. */
  replayBytes: number | null;
}

/** The replica's lag, or null when there is no separate replica. */
export async function replicaLag(database: Database): Promise<ReplicaLag | null> {
  if (!database.hasReplica) return null;
  const result = (await database.readDb.execute(sql`
    select pg_is_in_recovery() as "inRecovery",
      case
        when not pg_is_in_recovery() then null
        when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
        else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8
      end as "lagSeconds",
      pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::float8 as "replayBytes"
  `)) as unknown as { rows: ReplicaLag[] };
  const row = result.rows[0];
  return {
    inRecovery: row.inRecovery,
    lagSeconds: row.lagSeconds === null ? null : Math.max(0, Number(row.lagSeconds)),
    replayBytes: row.replayBytes === null ? null : Number(row.replayBytes),
  };
}
