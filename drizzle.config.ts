import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/db/schema.ts',
    './server/db/schema-data.ts',
    './server/db/schema-planning.ts',
    './server/db/schema-notifications.ts',
    './server/db/schema-monev.ts',
    './server/db/schema-annual-report.ts',
    './server/db/schema-kelembagaan.ts',
    './server/db/schema-meetings.ts',
    './server/db/schema-follow-ups.ts',
    './server/db/schema-training.ts',
    './server/db/schema-attendance.ts',
    './server/db/schema-pokja-plans.ts',
    './server/db/schema-institutions.ts',
    './server/db/schema-institution-services.ts',
    './server/db/schema-agreements.ts',
    './server/db/schema-institution-standards.ts',
    './server/db/schema-evaluation-instruments.ts',
    './server/db/schema-evaluation-evidence.ts',
    './server/db/schema-evaluation.ts',
    './server/db/schema-indices.ts',
    './server/db/schema-api-keys.ts',
  ],
  out: './server/db/migrations',
});
