/**
 * Routes anyone may call without signing in, on purpose, each with its reason. With the role
 * × route tables in matrices/, this is where every registered route says who may call it
 * (server/route-coverage.test.ts). A route listed here that a table also exercises must be
 * allowed to the anonymous public there.
 */
export interface PublicRoute {
  route: string;
  reason: string;
}

const SWAGGER_UI = 'the API documentation (Swagger UI): describes the routes, holds no data';

export const PUBLIC_ROUTES: PublicRoute[] = [
  {
    route: 'GET /api/public/regions/:code/profil-gender/:year',
    reason:
      "a Profil Gender edition the region's DP3A published on the portal (verified values only, domain/portal.ts canPublishProfil); rate-limited per address",
  },
  { route: 'GET /api/health', reason: 'load balancers and monitoring probe it without a session' },
  { route: 'GET /api/health/live', reason: 'orchestrators probe liveness without a session' },
  { route: 'GET /api/health/ready', reason: 'load balancers probe readiness without a session' },
  { route: 'POST /api/auth/login', reason: 'how a session starts; throttled per address and account' },
  { route: 'GET /api/regions', reason: 'region names and codes are public reference data (Kemendagri)' },
  {
    route: 'GET /api/regions/:code',
    reason: 'region names and codes are public reference data (Kemendagri)',
  },
  { route: 'GET /api/indicators', reason: 'the indicator catalog is public metadata (docs/roles.md)' },
  { route: 'GET /api/indicators/:code', reason: 'the indicator catalog is public metadata (docs/roles.md)' },
  { route: 'GET /api/dimension-sets', reason: 'disaggregation dimensions are public catalog metadata' },
  {
    route: 'GET /api/maps/geometry/:layer',
    reason:
      'region boundaries (BIG geometry, MIT) with their Kemendagri codes: public reference data, shipped with the app; the public portal draws its maps from it',
  },
  { route: 'GET /api/docs', reason: SWAGGER_UI },
  { route: 'GET /api/docs/static/index.html', reason: SWAGGER_UI },
  { route: 'GET /api/docs/static/swagger-initializer.js', reason: SWAGGER_UI },
  { route: 'GET /api/docs/static/*', reason: SWAGGER_UI },
  { route: 'GET /api/docs/json', reason: 'the OpenAPI document the docs page reads: route schemas, no data' },
  { route: 'GET /api/docs/yaml', reason: 'the OpenAPI document the docs page reads: route schemas, no data' },
  {
    route: 'GET /api/public/certificates/:code',
    reason:
      'the QR code on a training certificate: valid/revoked/unknown with only what the certificate shows; an unguessable code, rate-limited per address',
  },
  {
    route: 'GET /sertifikat/:code',
    reason:
      'the certificate verification page the QR code opens (server-rendered, same answer as the API above)',
  },
  {
    route: 'GET /api/public/institution-standards/:code',
    reason:
      'the QR code on a standardisation certificate: valid/expired/revoked/unknown with only what the certificate shows (institution, standard, decision) — no person; an unguessable code, rate-limited per address',
  },
  {
    route: 'GET /verifikasi-standar/:code',
    reason:
      'the standardisation verification page the QR code opens (server-rendered, same answer as the API above)',
  },
  {
    route: 'POST /api/public/api-keys',
    reason:
      'asking for an open API key (docs/api-keys.md): mails a confirmation link, answers the same for every address, limited per address and per e-mail',
  },
  {
    route: 'POST /api/public/api-keys/confirm/:token',
    reason: 'spends the single-use token from that e-mail and shows the new key once; limited per address',
  },
  {
    route: 'DELETE /api/public/api-keys/:prefix',
    reason: "a key's holder revokes it, proving possession by sending the key itself",
  },
  {
    route: 'GET /kunci-api/:token',
    reason:
      'the page the confirmation e-mail links to: a button only, so link scanners do not spend the token',
  },
  {
    route: 'POST /kunci-api/:token',
    reason: "that page's button: the same as the confirm route above, as HTML (no JavaScript needed)",
  },
  {
    route: 'GET /hadir/:token',
    reason:
      'the sign-in page an event day’s QR code opens on a guest’s phone (no account); only a real token of an open day shows the form, limited per address',
  },
  {
    route: 'GET /hadir/sign-in.js',
    reason: 'the sign-in page’s script (signature box and submit); code only, no data',
  },
  {
    route: 'POST /api/public/sign-in/:token',
    reason:
      'attendance sign-in without an account (issue 11): a real token of an open day only, limited per address and per event day; answers nothing about other attendees',
  },
  {
    route: 'GET /direktori-layanan/:code',
    reason:
      'the public directory of service institutions (issue 12): only those that chose to be listed, only what they publish (no staff, no personal data), limited per address',
  },
  {
    route: 'GET /api/public/directory/:code',
    reason: 'the same public directory as JSON for other sites; the same rows and columns as the page',
  },
  {
    route: 'GET /api/public/account-invites/:token',
    reason:
      'an invited institution account opens its e-mailed link before it has a password: a 256-bit single-use token, answering only the username and institution it is for',
  },
  {
    route: 'POST /api/public/account-invites/:token',
    reason:
      "setting the invited account's password through that link (once, before it expires; the password policy applies)",
  },
  {
    route: 'GET /api/public/regions/:code',
    reason:
      "the open-data portal's JSON for a region (issue 15): verified values only, BPS-published indices, no personal data (domain/portal.ts); cached with ETag, limited per address",
  },
  {
    route: 'GET /api/public/regions/:code/indicators/:indicatorCode',
    reason:
      "the open-data portal's JSON for one indicator of a region: definition and its verified series only",
  },
  {
    route: 'GET /p',
    reason: "the open-data portal's front door: a search for a region by name (public reference data)",
  },
  {
    route: 'GET /p/:ref',
    reason:
      'the public region page of the open-data portal (server-rendered, the same verified figures as the JSON above)',
  },
  {
    route: 'GET /p/:ref/:indicator',
    reason:
      'the public indicator page of the open-data portal: the same verified figures as the JSON, the province comparison and the download links',
  },
  {
    route: 'GET /api/public/regions/:code/indicators/:indicatorCode/comparison',
    reason:
      "the open-data portal's comparison of one indicator across the province's kab/kota: each one's verified figures only (domain/portal.ts)",
  },
  {
    route: 'GET /api/public/regions/:code/download',
    reason:
      "the open-data portal's downloads (CSV, XLSX, JSON, SDMX-CSV): exactly the verified figures its pages show, no personal data",
  },
  {
    route: 'GET /p/*',
    reason: "any other address under /p/: the portal's 400 page (no data), instead of the web app",
  },
  {
    route: 'GET /api/public/catalog.jsonld',
    reason:
      "the open-data catalogue (DCAT-AP JSON-LD) for harvesters such as Satu Data Indonesia's CKAN: metadata of region × indicator-group datasets with a verified figure (domain/portal.ts), no number, no personal data",
  },
  {
    route: 'GET /data.json',
    reason: 'the same catalogue as Project Open Data v1.1 data.json, at the path harvesters look for',
  },
  {
    route: 'GET /sitemap.xml',
    reason: 'the sitemap for search engines: the public portal pages only (sitemaps.org)',
  },
  {
    route: 'GET /sitemap-:page.xml',
    reason: 'a child sitemap of the sitemap index (past 50,000 URLs): the public portal pages only',
  },
  {
    route: 'GET /robots.txt',
    reason: 'what crawlers may read: the portal and the open API, not the signed-in application',
  },
  {
    route: 'GET /api/public/regions/:code/preview.png',
    reason:
      "the region page's preview image (PNG) a shared link shows: the same public figures as the page (verified values, BPS-published indices), cached, limited per address",
  },
  {
    route: 'GET /api/public/regions/:code/indicators/:indicatorCode/preview.png',
    reason: "an indicator page's preview image (PNG): its verified series by sex only, as on the page",
  },
  {
    route: 'GET /embed/:code/:indicatorCode/:kind',
    reason:
      "the embeddable widget (chart or map) other sites frame: the indicator page's public figures and table, no script; the only pages any site may frame",
  },
  {
    route: 'GET /embed/*',
    reason: "any other address under /embed/: the widget's small 400 page (no data), instead of the web app",
  },
  {
    route: 'GET /*',
    reason: 'the web app’s files, and index.html for its deep links; the data comes from /api, which checks',
  },
];
