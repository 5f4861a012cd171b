/** Messages of the open-data portal's public pages and API (server/modules/portal). */
export const portalId = {
  portal_region_not_found: 'Wilayah dengan kode ini tidak ada.',
  portal_indicator_not_found: 'Indikator ini tidak ada atau tidak berlaku di wilayah ini.',
  portal_busy: 'Server sedang sibuk. Coba lagi sebentar lagi.',
};

export const portalEn: typeof portalId = {
  portal_region_not_found: 'No region has this code.',
  portal_indicator_not_found: 'This indicator does not exist or does not apply in this region.',
  portal_busy: 'The server is busy. Please try again in a moment.',
};
