/** Messages of the map geometry. */
export const mapsId = {
  map_layer_unknown: 'Lapisan peta tidak dikenal: pilih provinces, kabkota atau kabkota-<kode provinsi>.',
};

export const mapsEn: Record<keyof typeof mapsId, string> = {
  map_layer_unknown: 'Unknown map layer: choose provinces, kabkota or kabkota-<province code>.',
};
