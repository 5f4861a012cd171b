/**
 * For the server-rendered public pages (certificate and standard verification, attendance
 * sign-in, the service directory, the open-data portal): text made safe to place in HTML
 * content and in quoted attribute values.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
