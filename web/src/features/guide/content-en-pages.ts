/** The guide in English: one section per page of the app (each page's "Help"). */
import type { PageSectionId } from './sections.ts';
import type { GuideSection } from './types.ts';

export const pagesEn: Record<PageSectionId, GuideSection> = {
  beranda: {
    title: 'Home',
    summary: 'The first page after signing in: what is waiting for you in this region, by role.',
    steps: [
      'OPD operator: draft values to submit, values returned for correction, GAPs needing revision.',
      'Reviewer: GAPs awaiting review.',
      'DP3A: entries awaiting verification, agencies that have not submitted their data, imports waiting to be saved.',
      'Click "Open" on a task to go straight to it. The task counts also show as badges in the menu.',
      "Below: each agency's entry progress this year and the nearest deadlines. Pokja and other reading roles see this progress without tasks.",
      'The province and the superadmin see the board of the kab/kota or provinces below them (see "Province board").',
    ],
  },
  notifikasi: {
    title: 'Notifications',
    summary:
      'The bell in the page header tells you when something needs you or happened to your work; an e-mail follows when the server sends e-mail.',
    steps: [
      [
        'The number on the bell counts unread notifications. Click the bell to open the Notifications page.',
        '/notifikasi',
      ],
      'Click a notification to open the data or document it is about; "Mark read" or "Mark all as read" clears the bell. "Unread" shows only the new ones.',
      'Kinds: data submitted for verification, your data returned with a note or verified, a GAP submitted for review, your GAP returned, approved or with a revision requested, a monev report submitted, returned, verified or reopened, a deadline approaching, a monev report deadline approaching or passed, and (for DP3A) a digest of the OPDs that have not reported monev.',
      [
        'E-mail is sent when the server administrator has set up SMTP. In "My account" choose the e-mail language and which kinds are also sent to your e-mail.',
        '/account',
      ],
    ],
  },
  'papan-wilayah': {
    title: 'Province board',
    summary:
      "For a province (and the superadmin, for every province): each kab/kota's progress in one table.",
    steps: [
      'One row per kab/kota: completeness and verification of its sex-disaggregated data per year, ARG share, GAP counts.',
      'Kab/kota that have not reported are marked.',
      'A province figure summed from its kab/kota says how many reported, e.g. "1 of 13 kab/kota".',
      'Pick a kab/kota in the region picker to open its data.',
    ],
  },
  isian: {
    title: 'Data entry',
    summary:
      'The entry grid of indicator values by sex (and other breakdowns) per agency and period, which works like a spreadsheet.',
    steps: [
      "Choose the period (year). DP3A chooses the agency; an operator sees their own agency's indicators.",
      'Type numbers in the cells: 1.234 for thousands, 12,5 for decimals. A red cell breaks a rule; yellow is a warning (e.g. a jump against last year).',
      'Paste from Excel or LibreOffice: copy a block, click the first cell, Ctrl+V. Each value is checked by the same rules as typing; a summary says what was pasted and what was refused.',
      'Keyboard: arrows, Enter/Shift+Enter, Tab, Home/End, Ctrl+Alt+N (next empty cell), Ctrl+Z/Ctrl+Y (undo/redo), Ctrl+S (save draft). The "Skip to the entry table" link goes straight to the first cell.',
      '"Save draft" saves; "Submit" sends the draft values to DP3A for verification. Submitted or verified values are locked until returned.',
      '"Revert all changes" puts the cells back to their saved values.',
      "A comment per value (e.g. where the figure comes from): the button in the cell's corner or Shift+F2. The indicator's definition, unit, source and formula show when the mouse or focus is on its name.",
    ],
    tips: [
      'If you leave the page with unsaved changes, Setara asks first.',
      'For a rate or percentage that can be computed from its counts, Setara tells you when the typed figure differs from the computed one, in the grid and in the validation report; the figure computed from the counts is the one published, and that is said where it is shown.',
    ],
  },
  verifikasi: {
    title: 'Data review',
    summary: "Each agency's sex-disaggregated data status per period; DP3A verifies or returns it.",
    steps: [
      'The "Status by OPD" tab: each agency\'s draft, submitted and verified values and its last step.',
      '"Open entry" opens that agency\'s grid to check.',
      '"Verify" confirms the submitted values. "Return" reopens them for correction, with a note the agency reads.',
      'The "Validation report" tab: every rule violation of the period, filterable by severity.',
    ],
    tips: [
      'Reviewers, Pokja members and the province can see this status; DP3A (the regional admin) verifies.',
    ],
  },
  impor: {
    title: 'Data import',
    summary: 'Many values at once from a CSV or XLSX file, checked before anything is saved.',
    steps: [
      '1. Download the template: choose the year, the agency and (optionally) indicators. The XLSX template has a row per indicator and breakdown with the saved values, Indonesian column headings and a "Petunjuk" (instructions) sheet.',
      '2. Upload the file (up to 200 MB). Decimals 12,5 and thousands 1.234 are accepted.',
      '3. Check: how many values are new, changed and unchanged; a preview; errors per row with their column and reason.',
      'Save: everything at once, or only the valid rows while downloading the refused rows with their reasons to fix them.',
      'DP3A importing on behalf of agencies can choose the status the values land in: draft, submitted or verified (recorded in the audit log).',
      '"Import history" lists earlier imports.',
    ],
    tips: [
      'Tick "Save straight away as drafts if no row is refused" before uploading a large file you trust: values are saved while it is checked. If even one row is refused, nothing is saved and the usual check report shows.',
      'On the built-in database (PGlite) one import holds at most 20,000 values; split large files, or use a PostgreSQL server.',
    ],
  },
  katalog: {
    title: 'Indicator catalog',
    summary:
      "The sex-disaggregated data indicators that apply in the region: the national catalog and the region's own.",
    steps: [
      'The indicators tab: search and filter by group; click an indicator for its definition, unit, source, breakdowns and references (e.g. SDG).',
      'DP3A: "Set the responsible OPD" — the indicator then shows in that agency\'s entry grid.',
      'DP3A can add regional indicators, breakdown dimensions (e.g. age groups) and validation rules.',
      'The superadmin manages the national catalog for every region.',
    ],
  },
  jelajah: {
    title: 'Explore data',
    summary: 'Charts of one indicator: trend, breakdown and kab/kota comparison.',
    steps: [
      'Choose an indicator. The "Trend" tab: women and men per year.',
      'The "Breakdown" tab: values by age group, disability, kecamatan and more.',
      'The "Kab/kota comparison" tab: one year across all kab/kota of a province.',
      'The "Regional comparison" tab: kab/kota (or, for superadmin, the provinces of Indonesia) ranked, with the change since the year before, and the province summed from its kab/kota beside its stored figure.',
      'Download the data as CSV, XLSX, JSON, SDMX-CSV or DHIS2.',
    ],
  },
  kesenjangan: {
    title: 'Gender gaps',
    summary: "The region's indicators ranked by the gap between women and men.",
    steps: [
      'Choose an indicator group and the order: widest gap, or fastest widening.',
      'Each row: the value for women, for men, the gap P−L (women minus men), the relative gap (0% means equal) and its trend: widening, narrowing or steady.',
      'This ranking is the evidence for GAP step 2 (eye-opening data): where programs need to be gender-responsive.',
    ],
  },
  profil: {
    title: 'Gender Profile',
    summary: "The region's yearly publication of sex-disaggregated data in one click, PDF or XLSX.",
    steps: [
      'Choose the year. The publication covers it and the five years before.',
      'Choose the edition: all values (the cover says DRAF) or verified values only (the official edition).',
      'Click "Download PDF" or "Download XLSX".',
    ],
  },
  'sub-kegiatan': {
    title: 'Sub-activities & ARG',
    summary:
      "Each agency's sub-activities with their budget (pagu) per year, ARG tagging, and the way into the GAP.",
    steps: [
      "Choose the budget year (and agency). An operator sees only their agency's sub-activities.",
      '"Add sub-activity": search the SIPD nomenclature for the official code and name, fill in the budget and output indicator.',
      'DP3A: "Import budget" from the planning system\'s export; rows with wrong codes or totals are refused one by one.',
      '"Tag ARG": choose the category (gender-specific, equality/affirmative, PUG institutions, or neutral) and its amount.',
      '"Start GAP" or "Open GAP" on a sub-activity.',
    ],
  },
  gap: {
    title: 'GAP, GBS and TOR',
    summary: 'The 9-step Gender Analysis Pathway worksheet, then the GBS and TOR drawn from it.',
    steps: [
      'Fill in step by step from the list on the left. Each step has guidance and an example; it is saved automatically.',
      "Step 2 takes the region's sex-disaggregated data straight from Setara.",
      '"Still to complete" names what is missing; the document can be submitted when that list is empty.',
      'The GBS and TOR are filled from the GAP; complete their own parts.',
      '"Submit" sends it to the Tim Driver. Reviewers\' comments show at the step concerned; after "Revision requested", fix and submit again.',
      '"History & comparison": every submitted version is kept and can be compared. "Download": GAP matrix, GBS, TOR as PDF or XLSX.',
    ],
    tips: [
      'When two people edit the same GAP, Setara stops one from overwriting the other and shows the difference.',
    ],
  },
  'review-pprg': {
    title: 'PPRG review',
    summary: 'The queue of GAP/GBS/TOR documents submitted by agencies.',
    steps: [
      'Filter by year, status and agency. By default: documents awaiting review.',
      'Open a document, comment per step, then "Request revision" or "Approve".',
      'Whoever submitted a document cannot approve it themselves.',
    ],
  },
  'rekap-arg': {
    title: 'ARG recap',
    summary:
      'How much of the regional budget (APBD) is gender-responsive, by agency, category, program and year.',
    steps: [
      'Choose the year. Summary: total budget, ARG amount, ARG share, and the ARG whose GAP is approved.',
      'Charts of the budget by ARG category and of the trend across years; tables by agency and by program.',
      'Agencies with sub-activities but no GAP submitted are marked "Not submitted".',
      '"Download PDF" or "Download XLSX": the recap with the region\'s letterhead.',
    ],
  },
  rpjmd: {
    title: 'RPJMD & Renstra',
    summary:
      "The region's medium-term development plan and the agencies' strategic plans, with gender indicators.",
    steps: [
      'DP3A: "Add RPJMD period" (five years) with its vision.',
      'The "RPJMD goals & targets" tab: add goals and targets with their indicator and yearly targets; tick "This is a gender indicator" where it applies.',
      'The "OPD Renstra" tab: choose an agency to see its Renstra; an OPD operator fills in their own agency\'s Renstra.',
    ],
  },
  monev: {
    title: 'Quarterly M&E',
    summary:
      'Each quarter’s realisation report for the gender-responsive sub-activities (ARG-tagged or with an approved GAP): budget, physical output, beneficiaries and gender indicators.',
    steps: [
      [
        'Choose the year (and the agency, for DP3A or reviewers). Each sub-activity shows the status of quarters I–IV, the flags Setara computes (behind schedule, late, above budget, beneficiaries contradicting the plan) and the cumulative realisation.',
        '/monev',
      ],
      'Agency operator: open a quarter. The budget, target and unit come from the plan, and so do the previous quarter’s cumulative figures. Choose how you type the figures — this quarter’s additions or the cumulative total — Setara shows both.',
      'Fill in the budget realised (Rupiah, written 1.250.000), physical realisation, women and men beneficiaries, the target and age groups the activity counts, gender indicator achievement, obstacles and follow-up.',
      '"Save draft", then upload evidence (photos, attendance lists, PDFs). "Submit for verification" checks the whole report; errors appear at the fields concerned.',
      'Realisation above 100% of the target or above the budget is accepted only with a confirmation and a reason, and is then flagged.',
      'Reviewer: comment beside the fields to fix and "Return", or "Verify". The comments appear beside the fields for the operator. A verified report is locked; DP3A can "Reopen" it with a reason.',
    ],
    tips: ['Unsaved changes are guarded: Setara asks before you leave the page.'],
  },
  'dasbor-monev': {
    title: 'Monev dashboard',
    summary:
      'A year of monev at a glance: gender-responsive budget realised against pagu, physical progress, beneficiaries by sex and group, gender indicator achievement, report status by quarter and flags.',
    steps: [
      [
        'Choose the year. The cards at the top give the region’s totals; each chart switches to a "Table" with the exact figures.',
        '/monev/dasbor',
      ],
      'Kab/kota: the "By OPD" table compares the OPDs. Click an OPD’s name to open its sub-activities in Quarterly monev, then a quarter’s report and its evidence.',
      'Province: every kab/kota side by side with the province total. Click a kab/kota’s name to open its dashboard.',
      'The "Trend across years" chart compares pagu and realisation year by year.',
      'An OPD operator sees their own OPD’s figures only.',
    ],
    tips: [
      'Until DP3A fills in the year’s Monev settings, no report is flagged "late" or "behind"; the dashboard says so, with a link to the settings.',
    ],
  },
  'pengaturan-monev': {
    title: 'Monev settings',
    summary:
      'The expected cumulative realisation and the report deadline of each quarter, per year, with their source. Setara sets no official figures.',
    steps: [
      ['Choose the year.', '/pengaturan/monev'],
      'DP3A: fill in the expected cumulative realisation (%) of quarters I–IV — never lower than the quarter before — and each quarter’s report deadline, then write the source (a regulation, a Pokja decision).',
      'The "Fill the example 20/45/70/95 %" button only fills the form with illustrative figures (CONTOH — not an official rule); check them, then "Save".',
      'A report below its quarter’s expected share is flagged "behind"; a report submitted after the deadline is flagged "late".',
      'OPD operators are reminded by notification and e-mail a week and a day before the deadline, and once after it if their reports are not submitted; DP3A receives a digest of the OPDs that have not reported.',
      'Other roles can read these settings.',
    ],
  },
  'hasil-monev': {
    title: 'Control and Evaluation Results',
    summary:
      "Each OPD's yearly score, grade and rank, from the criteria and weights the region sets, to present at the Rakor PUG.",
    steps: [
      ['Choose the year. The table orders OPDs by score; equal scores share a rank.', '/monev/hasil'],
      "Open an OPD's row (the + button on its left) to see each criterion's value, its weight, its contribution to the score and the points lost, and the report figures behind them.",
      "Criterion values come from reports submitted or verified: completeness and timeliness from the deadlines in Monev Settings, budget and physical realisation from each sub-kegiatan's latest report, gender indicator achievement, and approved GAPs.",
      'Criteria without data (e.g. PPRG training) are left out; the other weights are scaled to add up to 100.',
      'DP3A: in "Scoring configuration" choose the criteria, fill in weights (adding up to 100), grades from 0 upwards and their source, then save. Every save is a new version. "Load the example" only fills the form with an example labelled CONTOH — not an official rule.',
      'Download the Rakor document (PDF with letterhead, tables, chart and signature; XLSX) or the landscape slides, one chart a page.',
      "An operator sees their own OPD's row with its rank.",
    ],
  },
  'laporan-pug': {
    title: 'Annual PUG implementation report',
    summary:
      "The region's yearly report on gender mainstreaming: data terpilah, PPRG/ARG and monev figures assembled automatically, plus the narrative on obstacles, recommendations and follow-up, downloaded as DOCX (edited and signed in Word) or PDF.",
    steps: [
      ['Choose the year. "Assembled figures" shows each chapter exactly as printed.', '/monev/laporan-pug'],
      'Data terpilah: the indicators assigned to each OPD, those holding a value for the year and those verified. PPRG: budget, ARG and its share, GAP statuses and approved GBS and TOR. Monev: budget and physical realisation, beneficiaries by sex, target group and age, reports per quarter and flags.',
      'An empty chapter says why and in which menu its data is entered.',
      'DP3A and Bappeda: write the obstacles, recommendations, follow-up plan and the signatory, then "Save draft". Every save becomes a new version with its author and time; if someone else saved first, Setara asks you to reload.',
      'Version history: open an old version to read it, or "Restore" it to save it again as the latest version.',
      'Download DOCX or PDF: letterhead, tables, the latest narrative, page numbers and the signature block.',
    ],
    tips: [
      'Unsaved changes are guarded: Setara asks before you leave the page.',
      'The Kota Palu demo draft is marked CONTOH (example); replace its narrative before use.',
    ],
  },
  'kop-surat': {
    title: 'Letterhead & signatories',
    summary: "The region's letterhead and the signatory of each agency's PPRG documents.",
    steps: [
      'Fill in the government name, address, contact and place of signing; upload the logo (PNG or JPEG, up to 512 KB).',
      "Fill in each agency's signatory (name, position, NIP). An operator can fill in their own agency's signatory.",
    ],
  },
  opd: {
    title: 'OPD / Regional agencies',
    summary: "The list of the region's agencies.",
    steps: [
      'Search by name or short name; filter active/inactive.',
      'DP3A: "Add OPD" with its name, short name, kind and SIPD code (optional).',
      'An agency no longer used is deactivated, not deleted: its data stays.',
    ],
  },
  pengguna: {
    title: 'Users',
    summary: "The region's user accounts and their roles.",
    steps: [
      '"Add user": username, full name, e-mail, role and — for an operator — the agency.',
      'The initial password has at least 10 characters; hand it to the user in person.',
      '"Reset password" for a user who forgot theirs.',
      'Nobody can grant a role wider than their own.',
      '"Separation of duties": a small region without a second reviewer may let a submitter approve their own document (recorded in the audit log).',
    ],
  },
  audit: {
    title: 'Audit log',
    summary: 'The trail of every change: who, when, what changed.',
    steps: [
      'Filter by date range, user, entity and action. Sign-ins and sign-outs are hidden unless you ask for them.',
      'Open an entry to see the values before and after.',
    ],
  },
  akun: {
    title: 'My account',
    summary: 'Your account details and password.',
    steps: [
      'Change password: enter the current one and the new one (at least 10 characters, not a common password).',
      'Change e-mail: enter the new address and your current password; e-mail notifications go to this address, which no other account may use.',
      'E-mail notifications: choose the e-mail language and which kinds of notification are also sent to your e-mail.',
    ],
  },
  tenggat: {
    title: 'Deadlines',
    summary:
      "The region's deadlines for submitting sex-disaggregated data and GAP/GBS documents; those whose work is unfinished are reminded beforehand.",
    steps: [
      'DP3A: "Add deadline" — choose the kind (sex-disaggregated data or GAP/GBS submission), year, date and note.',
      'Users whose work is unfinished get a notification (and an e-mail) some days before the deadline.',
      'The nearest deadlines also show on the home page.',
    ],
  },
  'kunci-api': {
    title: 'API keys',
    summary:
      'Superadmin: the keys of the open-data API (/api/public) that researchers, newsrooms and other portals ask for to read more often than the limit without a key.',
    steps: [
      'A key is asked for by e-mail, with no Setara account (how to ask is in the API documentation, /api/docs). The requester confirms the link in their e-mail and sees the key once: Setara keeps only its fingerprint.',
      "The list shows each key's prefix, the holder's name, e-mail, purpose, when it was created and when it was last used. Filter by status (active, revoked, all) or search by e-mail, name or prefix; the page's link keeps the filters.",
      '"Revoke" stops a key after a confirmation: requests with it are refused within 10 seconds. The revocation is recorded in the audit log and cannot be undone; the holder can ask for a new key.',
      'The status shows who revoked a key: its holder or a superadmin.',
    ],
  },
};
