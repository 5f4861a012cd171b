/** The guide in English: getting started, a 10-minute tour per role, the glossary. */
import { pagesEn } from './content-en-pages.ts';
import type { GuideContent } from './types.ts';

export const guideEn: GuideContent = {
  sections: {
    mulai: {
      title: 'Start here',
      summary:
        "Setara replaces the Excel files, Word documents and WhatsApp groups of a region's gender mainstreaming (PUG) work: sex-disaggregated data, gender-responsive planning and budgeting (PPRG), and the coordination between agencies (OPD), DP3A, Bapperida and the province.",
      steps: [
        'Sign in with the username or e-mail and password your regional admin (DP3A) gave you. Forgot the password? Ask DP3A to reset it.',
        'A trial server holds the demo region Kota Palu (72.71) with a demo account for each role; the password of every demo account is Setara#Demo2026. Demo figures are invented and may be changed freely.',
        'Choose the language (Bahasa Indonesia or English) at the top right; the browser remembers it.',
        'The menu on the left shows only the pages your role may open. On a small screen it folds away: open it with the button at the top left.',
        'The region you work on is shown at the top. Superadmin and province users can pick another region with the region picker.',
        'Every page has a "Help" link beside its title that opens its section of this guide; the "?" in the page header opens the guide.',
      ],
      tips: [
        'Numbers are written the Indonesian way: 1.234.567 for thousands and 12,5 for decimals.',
        'Every change is recorded in the audit log: who, when, what changed.',
      ],
    },
    'tur-operator': {
      title: '10-minute tour: OPD operator (focal point)',
      summary:
        "An agency's PUG focal point enters the agency's sex-disaggregated data and writes the GAP, GBS and TOR of its sub-activities. Demo account: demo.operator (Dinas Kesehatan, Kota Palu's health office).",
      steps: [
        [
          'Sign in as demo.operator. The home page shows what is waiting for you: values to submit, revisions requested, GAPs returned and deadlines.',
          '/',
        ],
        [
          'Open "Data entry". The grid holds only the indicators assigned to the health office. Choose the period 2024: its values are still drafts.',
          '/data/isian',
        ],
        'Click a cell and type a number. The live check marks values that break a rule (e.g. a percentage above 100) and jumps against the previous year.',
        'Have the figures in Excel? Copy a block of cells in Excel or LibreOffice, click the first cell in the grid, press Ctrl+V. A summary says how many values were pasted and which were refused, and why.',
        'Without a mouse: arrows and Enter move between cells, Ctrl+Alt+N jumps to the next empty cell, Ctrl+Z/Ctrl+Y undo and redo, Ctrl+S saves the draft.',
        'Click "Save draft", then "Submit". Submitted values are locked until DP3A verifies or returns them; when returned, DP3A\'s note appears above the grid and in your notifications.',
        [
          'Open "Sub-activities & ARG", year 2026. On the maternal-health sub-activity click "Open GAP": an approved example GAP.',
          '/perencanaan/sub-kegiatan',
        ],
        'On another sub-activity click "Start GAP". Fill in the nine steps; each has guidance and an example and is saved automatically. The GBS and TOR are filled from the GAP.',
        'When "Still to complete" is empty, click "Submit". The Tim Driver reviews it; their comments appear at the step concerned and under the notification bell.',
      ],
      tips: [
        'Download the GAP matrix, GBS and TOR as PDF or XLSX with the region\'s letterhead through "Download".',
      ],
    },
    'tur-reviewer': {
      title: '10-minute tour: Tim Driver / reviewer',
      summary:
        "The Tim Driver (Bapperida, BPKAD, Inspektorat, DP3A) reviews agencies' PPRG documents: comments, asks for revision or approves — never edits their content. Demo account: demo.reviewer (Bapperida Kota Palu).",
      steps: [
        ['Sign in as demo.reviewer. The home page shows the GAPs awaiting your review.', '/'],
        [
          'Open "PPRG review": the queue of submitted documents. DP3A\'s GAP on women\'s leadership (2026) awaits review.',
          '/perencanaan/review',
        ],
        'Open it. Read it step by step; the figures of step 2 come straight from the sex-disaggregated data.',
        'Write a comment on the step, GBS or TOR that needs work. The agency sees it in the same place.',
        'Click "Request revision" with a clear note, or "Approve" when the document is good. An approved document is locked and counts in the ARG recap.',
        'Whoever submitted a document cannot approve it; another reviewer or DP3A does.',
        'Open "History & comparison" to see what changed between submitted versions.',
        [
          'See "ARG recap" for the gender-responsive share of the budget by agency and category.',
          '/perencanaan/rekap-arg',
        ],
      ],
    },
    'tur-admin': {
      title: '10-minute tour: Regional admin (DP3A)',
      summary:
        "DP3A, secretariat of the PUG working group, runs the region's setup: agencies, users, indicators, data verification, imports and PPRG documents. Demo account: demo.admin (DP3A Kota Palu).",
      steps: [
        [
          'Sign in as demo.admin. The home page shows submissions to verify, agencies behind and imports waiting.',
          '/',
        ],
        [
          'Open "Data review", period 2024: the entry status of every agency. "Open entry" to check its values.',
          '/data/verifikasi',
        ],
        'Click "Verify" when the values are right, or "Return" with a note for the agency. The "Validation report" tab lists rule violations.',
        [
          'Open "Data import": download the template, fill it in Excel, upload it. The file is checked first; nothing is saved until you save it.',
          '/data/impor',
        ],
        [
          'In "Indicator catalog" assign each indicator to its responsible agency, and add the region\'s own indicators when needed.',
          '/indikator',
        ],
        ['Make the yearly "Gender Profile" as PDF or XLSX in one click.', '/data/profil'],
        [
          'In "Sub-activities & ARG" import the budget file from the planning system, tag ARG and follow every agency\'s GAP.',
          '/perencanaan/sub-kegiatan',
        ],
        [
          'In "Users" create an operator (focal point) account for each agency, reviewers for the Tim Driver and Pokja members.',
          '/users',
        ],
        [
          'Fill in "Letterhead & signatories" so PPRG documents print with the region\'s letterhead.',
          '/pengaturan/kop-surat',
        ],
        [
          'In "Deadlines" set the submission deadlines for data and GAPs; those not done are reminded by notification.',
          '/pengaturan/tenggat',
        ],
      ],
    },
    'tur-provinsi': {
      title: '10-minute tour: Province',
      summary:
        'A provincial DP3A or Bappeda sees and compares all the kabupaten/kota below it. Demo account: demo.provinsi (Sulawesi Tengah, 72).',
      steps: [
        [
          'Sign in as demo.provinsi. The province board lists every kab/kota: completeness and verification of its sex-disaggregated data per year, ARG share, GAP counts, and who has not reported.',
          '/',
        ],
        'A province figure summed from its kab/kota always says how many reported, e.g. "1 of 13 kab/kota": a partial sum is never shown as the province\'s figure.',
        'Pick Kota Palu in the region picker at the top to open that city\'s data and documents; pick "Whole province" to return.',
        [
          'In "Explore data" the "Kab/kota comparison" tab compares one indicator across all kab/kota.',
          '/data/jelajah',
        ],
        ['"Gender gaps" ranks indicators by the difference between women and men.', '/data/kesenjangan'],
        [
          'A kab/kota\'s "ARG recap" and "PPRG review" can be read after picking that kab/kota.',
          '/perencanaan/rekap-arg',
        ],
      ],
    },
    'tur-pokja': {
      title: '10-minute tour: PUG working group (Pokja) member',
      summary:
        "A Pokja PUG member reads all of the region's PUG data and documents, e.g. to prepare a coordination meeting (Rakor). Demo account: demo.pokja (Kota Palu).",
      steps: [
        ["Sign in as demo.pokja. The home page sums up the region's progress.", '/'],
        [
          '"Data review" shows which agencies have entered, submitted and had their data verified.',
          '/data/verifikasi',
        ],
        [
          '"Explore data": one indicator\'s trend, breakdown and comparison between regions, downloadable as CSV/XLSX.',
          '/data/jelajah',
        ],
        ['"Gender gaps": the indicators with the widest gap between women and men.', '/data/kesenjangan'],
        ['"Gender Profile": the yearly publication to share at the Rakor.', '/data/profil'],
        [
          '"ARG recap" and "PPRG review": how much of the budget is gender-responsive and each agency\'s GAP status.',
          '/perencanaan/rekap-arg',
        ],
        ['"RPJMD & Renstra": medium-term goals, targets and gender indicators.', '/perencanaan/rpjmd'],
      ],
    },
    'tur-superadmin': {
      title: '10-minute tour: Superadmin',
      summary:
        'The superadmin (national level) manages the national indicator catalog and can open every region. Demo account: demo.superadmin.',
      steps: [
        ['Sign in as demo.superadmin. The national board lists the provinces and their progress.', '/'],
        'Pick a province and a kabupaten/kota in the region picker to work there, e.g. Sulawesi Tengah, then Kota Palu.',
        [
          '"Indicator catalog": 60 national gender indicators in eight groups, breakdown dimensions and validation rules. Changes apply to every region.',
          '/indikator',
        ],
        ['"Users": create the regional admin (DP3A) account of a region that starts using Setara.', '/users'],
        ['"OPD / Regional agencies": each region\'s agencies.', '/opd'],
        ['"Audit log": every change in every region.', '/audit'],
        [
          '"API keys" (Publication menu): the open-data API keys researchers and newsrooms asked for; revoke one that is misused.',
          '/publikasi/kunci-api',
        ],
      ],
    },
    ...pagesEn,
    glosarium: {
      title: 'Glossary of PUG terms',
      summary:
        'The terms Setara uses, restated from the regulations and guidance named in the source column.',
      steps: [],
    },
  },
  glossary: [
    {
      term: 'PUG (Pengarusutamaan Gender, gender mainstreaming)',
      meaning:
        'The strategy of making gender an integral part of the planning, drafting, implementation, monitoring and evaluation of development policies, programs and activities.',
      source: 'Inpres 9/2000; Permendagri 15/2008 as amended by 67/2011',
    },
    {
      term: 'Kesenjangan gender (gender gap)',
      meaning:
        "A difference between women's and men's situation in access, participation, control and benefit (APKM) of development. In Setara: the difference and ratio of an indicator's values for women and men.",
      source: 'Permendagri 67/2011; KemenPPPA GAP guidance',
    },
    {
      term: 'Data terpilah (sex-disaggregated data)',
      meaning:
        'Data broken down by sex — and where needed by age, disability or target group — to show the position, situation and needs of women and men.',
      source: 'Permendagri 67/2011; Permen PPPA 5/2014 (gender and child data system)',
    },
    {
      term: 'Indikator (indicator)',
      meaning:
        'A measure filled in every year, e.g. "School participation rate, senior secondary", with its unit, source and validation rules. Setara\'s catalog holds 60 national starter indicators.',
      source: "Setara's catalog (docs/indicators.md)",
    },
    {
      term: 'PPRG',
      meaning:
        "Perencanaan dan Penganggaran yang Responsif Gender, gender-responsive planning and budgeting: planning and budgets that take account of women's and men's experiences, aspirations, needs and problems. Its tools are the GAP, GBS and TOR.",
      source: 'Stranas PPRG (joint circular of four ministers, 2012)',
    },
    {
      term: 'GAP (Gender Analysis Pathway)',
      meaning:
        'Gender analysis in 9 steps: the policy or activity and its objective, eye-opening data, gap factors, internal and external causes, reformulated objective, action plan, baseline, gender indicators.',
      source: 'Bappenas/KemenPPPA PPRG guidance',
    },
    {
      term: 'GBS (Gender Budget Statement)',
      meaning:
        "Pernyataan Anggaran Gender: a document stating that an activity's output answers a gender issue and how much budget is allocated to it; drawn from the GAP.",
      source: 'Stranas PPRG; Permendagri 67/2011',
    },
    {
      term: 'KAK/TOR (gender-responsive terms of reference)',
      meaning:
        "Kerangka Acuan Kegiatan: the activity's terms of reference, carrying the GAP analysis into its background, objective, beneficiaries by sex, method, schedule and cost.",
      source: 'PPRG guidance; PMK 104/2010 (central-government format)',
    },
    {
      term: 'ARG (Anggaran Responsif Gender, gender-responsive budget)',
      meaning:
        "A budget that answers women's and men's needs, problems and experiences to achieve gender equality. Three categories: gender-specific, gender equality (affirmative), strengthening PUG institutions.",
      source: 'Permendagri 67/2011; Stranas PPRG',
    },
    {
      term: 'OPD',
      meaning:
        'Organisasi Perangkat Daerah (formerly SKPD): a regional agency — office, board, secretariat, inspectorate, district.',
      source: 'UU 23/2014; PP 18/2016',
    },
    {
      term: 'DP3A',
      meaning:
        "The regional office for women's empowerment and child protection (names vary when merged, e.g. DP2KBPMP2A): the PUG lead and secretariat of the Pokja PUG.",
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Bappeda / Bapperida',
      meaning:
        'The regional development planning (and research and innovation) agency. Its head chairs the Pokja PUG; its staff often sit on the PPRG Tim Driver.',
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Pokja PUG',
      meaning:
        "The PUG working group: a consultation forum of the people implementing and driving PUG in the region's institutions, set up by decree of the regional head.",
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Focal point PUG',
      meaning:
        "An agency official able to carry out PUG in their own unit; in Setara usually the holder of the agency's OPD operator account.",
      source: 'Permendagri 67/2011',
    },
    {
      term: 'Tim Driver / PPRG technical team',
      meaning:
        'A team from Bappeda, BPKAD, Inspektorat and DP3A that reviews and approves agencies\' PPRG documents; in Setara the role "Tim Driver / reviewer".',
      source: 'Regional practice (regional PPRG guidelines)',
    },
    {
      term: 'RKPD / Renja',
      meaning:
        "Rencana Kerja Pemerintah Daerah (the region's yearly plan) and Rencana Kerja (an agency's yearly plan). Medium term: RPJMD (region, 5 years) and Renstra (agency).",
      source: 'UU 25/2004; Permendagri 86/2017',
    },
    {
      term: 'SIPD',
      meaning:
        'The regional government information system (Kemendagri). Its nomenclature codes urusan.bidang.program.kegiatan.sub-kegiatan, e.g. 2.08.02.2.01.0001.',
      source: 'Kepmendagri 050-5889/2021 and its updates',
    },
  ],
};
