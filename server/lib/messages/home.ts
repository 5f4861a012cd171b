/** Messages of the home page and the province board. */
export const homeId = {
  board_needs_province: 'Papan wilayah hanya untuk provinsi (mis. 72) atau nasional (ID).',
};

export const homeEn: Record<keyof typeof homeId, string> = {
  board_needs_province: 'The region board is for a province (e.g. 72) or the nation (ID) only.',
};
