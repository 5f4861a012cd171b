import type { idHome } from './id-home.ts';

/** English messages of the home page, the region board and the menu's groups. */
export const enHome: typeof idHome = {
  home: {
    nav: {
      home: 'Home',
      dataGroup: 'Sex-disaggregated data',
      settingsGroup: 'Settings',
      badge: '{{count}} waiting',
    },
    title: 'Home',
    subtitle: 'What is waiting for you in {{region}}.',
    tasksTitle: 'Waiting for you',
    nothingWaiting: 'Nothing is waiting for you.',
    nothingWaitingHint: 'All your tasks in this region are done. New ones appear here as they arrive.',
    readerHint:
      'Your role reads this region’s data without entry or verification tasks. The agencies’ progress is below.',
    open: 'Open',
    dataYear: 'Data year',
    tasks: {
      values_to_submit: {
        title: 'Draft values to submit',
        hint: 'Values entered but not yet submitted to DP3A, latest period {{period}}.',
        none: 'No draft values.',
      },
      values_returned: {
        title: 'Values returned for correction',
        hint: 'DP3A returned the {{period}} entries with a comment; correct them and submit again.',
        none: 'No entries were returned.',
      },
      gaps_returned: {
        title: 'GAPs to revise',
        hint: 'GAP documents a reviewer asked to revise, budget year {{period}}.',
        none: 'No GAP needs revision.',
      },
      submissions_to_verify: {
        title: 'Submissions to verify',
        hint: 'Agencies’ submitted entries per period, latest period {{period}}.',
        none: 'No submission waits for verification.',
      },
      opds_behind: {
        title: 'Agencies that have not submitted {{period}}',
        hint: 'Agencies that have not entered or not submitted all their values for this data year.',
        none: 'Every agency has submitted its {{period}} data.',
      },
      imports_waiting: {
        title: 'Imports waiting to be saved',
        hint: 'Files checked but not yet saved to the database.',
        none: 'No import is waiting.',
      },
      gaps_to_review: {
        title: 'GAPs waiting for review',
        hint: 'GAP/GBS documents submitted by agencies, latest budget year {{period}}.',
        none: 'No GAP waits for review.',
      },
      monev_due: {
        title: 'Quarterly monev reports due',
        hint: 'Quarterly reports on gender-responsive sub-activities not yet submitted, deadline still ahead, from {{period}}.',
        none: 'No monev report is due.',
      },
      monev_overdue: {
        title: 'Monev reports overdue',
        hint: 'Quarterly reports not submitted although their deadline has passed, from {{period}}.',
        none: 'No monev report is overdue.',
      },
      monev_returned: {
        title: 'Monev reports returned',
        hint: 'The reviewer returned reports with comments, from {{period}}; fix them and submit again.',
        none: 'No monev report was returned.',
      },
      monev_to_verify: {
        title: 'Monev reports waiting for verification',
        hint: 'Quarterly reports submitted by agencies, from {{period}}.',
        none: 'No monev report waits for verification.',
      },
      monev_opds_missing: {
        title: 'Agencies missing a monev report',
        hint: 'Agencies that have not submitted a quarterly report whose deadline has passed, from {{period}}.',
        none: 'Every agency has reported the quarters whose deadline has passed.',
      },
      follow_ups_open: {
        title: 'Follow-ups for your agency',
        hint: 'Follow-ups of PUG events your agency owns that are not done yet; update their status and attach evidence.',
        none: 'No follow-up owned by your agency is waiting.',
      },
      dossiers_to_review: {
        title: 'Standardisation dossiers to review',
        hint: "Service institutions' standardisation dossiers waiting for your review or decision.",
        none: 'No standardisation dossier is waiting for you.',
      },
    },
    progress: {
      title: 'Agencies’ data entry in {{year}}',
      opd: 'Agency',
      state: 'Status',
      values: 'Values (draft / submitted / verified)',
      empty: 'No agency has been assigned an indicator yet. DP3A assigns them in the indicator catalog.',
      states: {
        no_values: 'Not started',
        draft: 'Still draft',
        submitted: 'Submitted',
        verified: 'Verified',
      },
    },
    deadlines: {
      title: 'Upcoming deadlines',
      none: 'No deadline coming up.',
    },
    board: {
      titleProvince: 'Regencies and cities of {{region}}',
      titleNational: 'Provinces of Indonesia',
      subtitleProvince:
        'Completeness of sex-disaggregated data, verification status, ARG and GAP of every regency/city. Pick one to open it.',
      subtitleNational:
        'Completeness of sex-disaggregated data, verification status, ARG and GAP of every province, added up from its regencies/cities.',
      year: 'Year',
      region: 'Region',
      completeness: 'Data completeness',
      completenessHint: '{{filled}} of {{cells}} cells of the assigned indicators hold a value',
      statuses: 'Draft / submitted / verified',
      argShare: 'ARG share',
      argShareHint: 'Gender-responsive budget of a total of {{budget}}',
      gaps: 'GAP (draft / submitted / revision / approved)',
      reporting: 'Reporting',
      reported: 'Reported',
      notReported: 'Not reported',
      kabkotaReporting: '{{n}} of {{of}} regencies/cities',
      notReportedTitle: 'Not yet reported for {{year}}',
      notReportedAll: 'Every region has reported its {{year}} data.',
      total: 'Total of {{name}}',
      partialTotal:
        'The total of {{name}} adds up {{n}} of {{of}} regencies/cities that reported; it is not the complete provincial figure.',
      fullTotal: 'The total of {{name}} covers all {{of}} regencies/cities.',
      open: 'Open {{name}}',
      none: '—',
    },
  },
};
