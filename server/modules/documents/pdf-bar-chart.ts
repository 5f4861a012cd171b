/**
 * A horizontal bar chart drawn with pdfmake's vector shapes (no image, no browser): one row per
 * bar — its label, the bar on a light track, and the figure as printed — so the chart stays
 * sharp when projected and its text can be searched and copied.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';

export interface Bar {
  label: string;
  /** Length relative to `max`; null draws the empty track (no value). */
  value: number | null;
  /** The figure printed after the bar ("78,33"). */
  text: string;
  color?: string;
}

export interface BarChartOptions {
  /** Total width available. */
  width: number;
  /** The value of a full bar (100 for scores and percentages). */
  max: number;
  labelWidth: number;
  barHeight?: number;
  fontSize?: number;
}

const TRACK = '#eeeeee';
export const BAR_COLOR = '#1565c0';

/** The colours of grade bands, lowest first (red to green), for bars coloured by grade. */
export const GRADE_COLORS = ['#c62828', '#ef6c00', '#f9a825', '#2e7d32', '#1b5e20'];

export function gradeColor(index: number, count: number): string {
  if (count <= 1) return BAR_COLOR;
  // Spread the bands over the palette, so the top band is always the darkest green.
  const at = Math.round((index * (GRADE_COLORS.length - 1)) / (count - 1));
  return GRADE_COLORS[Math.max(0, Math.min(GRADE_COLORS.length - 1, at))];
}

export function barChart(bars: Bar[], o: BarChartOptions): Content {
  const h = o.barHeight ?? 9;
  const fontSize = o.fontSize ?? 8;
  const textWidth = 48;
  const trackWidth = Math.max(20, o.width - o.labelWidth - textWidth - 12);
  const body: TableCell[][] = bars.map((b) => {
    const length = b.value === null ? 0 : Math.max(0, Math.min(1, b.value / o.max)) * trackWidth;
    return [
      { text: b.label, fontSize, alignment: 'right', margin: [0, Math.max(0, (h - fontSize) / 2), 0, 0] },
      {
        canvas: [
          { type: 'rect', x: 0, y: 1, w: trackWidth, h, color: TRACK },
          ...(length > 0
            ? [{ type: 'rect' as const, x: 0, y: 1, w: length, h, color: b.color ?? BAR_COLOR }]
            : []),
        ],
      },
      { text: b.text, fontSize, bold: true, margin: [0, Math.max(0, (h - fontSize) / 2), 0, 0] },
    ];
  });
  return {
    table: { widths: [o.labelWidth, trackWidth, textWidth], body, dontBreakRows: true },
    layout: 'noBorders',
  };
}
