import { useEffect, useMemo, useRef } from 'react';
import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapGeometryProperties } from '../../../../api/maps.ts';
import {
  CLASS_METHODS,
  classColours,
  classIndexOf,
  mapClasses,
  NO_DATA_COLOUR,
  type ClassMethod,
  type MapMeasure,
} from '../../../../domain/maps/classes.ts';

// Only this page draws maps: the map series is registered here, so it stays in this lazy chunk.
echarts.use([MapChart, TooltipComponent, SVGRenderer]);

type MapOption = ComposeOption<MapSeriesOption | TooltipComponentOption>;

export interface MapDatum {
  code: string;
  name: string;
  value: number | null;
}

interface Props {
  topology: Topology;
  data: MapDatum[];
  measure: MapMeasure;
  method: ClassMethod;
  onMethodChange: (method: ClassMethod) => void;
  /** The value as the page writes it (Indonesian digits, the indicator's decimals). */
  format: (value: number | null) => string;
  /** What the value is, for the tooltip: "Perempuan 2024". */
  valueLabel: string;
  onRegionClick: (code: string) => void;
  ariaLabel: string;
  height?: number;
}

const registered = new WeakMap<Topology, string>();
let nextMapId = 0;

/** Registers the topology's first object with ECharts once; answers its map name. */
function mapNameOf(topology: Topology): string {
  let name = registered.get(topology);
  if (!name) {
    name = `setara-map-${nextMapId++}`;
    const object = Object.values(topology.objects)[0] as GeometryCollection<MapGeometryProperties>;
    const geoJson = feature(topology, object);
    echarts.registerMap(name, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
    registered.set(topology, name);
  }
  return name;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A choropleth of one layer (provinces or kab/kota), drawn as SVG by ECharts: each region
 * coloured by its class (domain/maps/classes.ts), grey without a value; a tooltip with the
 * name and value; a click opens the region. The legend of classes and the choice of method
 * are HTML beside it, so they read and print as text.
 */
export function ChoroplethMap(props: Props) {
  const { topology, data, measure, method, format, valueLabel, onRegionClick, ariaLabel } = props;
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onRegionClick);
  useEffect(() => {
    clickRef.current = onRegionClick;
  }, [onRegionClick]);

  const classes = useMemo(
    () =>
      mapClasses(
        data.map((d) => d.value),
        method,
      ),
    [data, method],
  );
  const colours = useMemo(() => classColours(classes, measure), [classes, measure]);

  const option = useMemo<MapOption>(() => {
    const byCode = new Map(data.map((d) => [d.code, d]));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const p = Array.isArray(params) ? params[0] : params;
          const datum = byCode.get(p.name);
          if (!datum) return '';
          return `<strong>${escapeHtml(datum.name)}</strong><br/>${escapeHtml(valueLabel)}: ${escapeHtml(format(datum.value))}`;
        },
      },
      series: [
        {
          type: 'map',
          map: mapNameOf(topology),
          nameProperty: 'code',
          roam: true,
          aspectScale: 1,
          selectedMode: false,
          label: { show: false },
          itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: '#ffffff', borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#fadb14', borderColor: '#262626' } },
          data: data.map((d) => {
            const index = classIndexOf(d.value, classes);
            return {
              name: d.code,
              value: d.value ?? undefined,
              itemStyle: { areaColor: index === null ? NO_DATA_COLOUR : colours[index] },
            };
          }),
        },
      ],
    };
  }, [topology, data, classes, colours, format, valueLabel]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // SVG: each region is a path (printable, and a journey can click one); the canvas renderer
    // drew the national kab/kota map no faster (bench/map-geometry.ts).
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    // Set once ECharts has drawn: what the e2e journey and the first-paint bench wait for.
    instance.on('finished', () => el.setAttribute('data-rendered', 'true'));
    instance.on('click', (params) => {
      if (params.name) clickRef.current(params.name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const noData = data.filter((d) => d.value === null).length;
  return (
    <Flex gap={16} wrap align="flex-start">
      <div
        ref={box}
        role="img"
        aria-label={ariaLabel}
        data-testid="choropleth"
        style={{ flex: '1 1 480px', minWidth: 280, height: props.height ?? 520 }}
      />
      <div style={{ flex: '0 0 220px' }} data-testid="map-legend">
        <Typography.Text strong>{t('maps.legend')}</Typography.Text>
        <Segmented<ClassMethod>
          size="small"
          style={{ display: 'flex', margin: '8px 0' }}
          aria-label={t('maps.method')}
          value={method}
          onChange={props.onMethodChange}
          options={CLASS_METHODS.map((m) => ({ value: m, label: t(`maps.methods.${m}`) }))}
        />
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {classes.map((c, i) => (
            <li
              key={`${c.from}-${c.to}`}
              style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '2px 0' }}
            >
              <span
                aria-hidden
                style={{ width: 18, height: 12, background: colours[i], border: '1px solid #bfbfbf' }}
              />
              <span>
                {c.from === c.to ? format(c.from) : `${format(c.from)} – ${format(c.to)}`}{' '}
                <Typography.Text type="secondary">
                  ({t('maps.regionCount', { count: c.count })})
                </Typography.Text>
              </span>
            </li>
          ))}
          <li style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '2px 0' }}>
            <span
              aria-hidden
              style={{ width: 18, height: 12, background: NO_DATA_COLOUR, border: '1px solid #bfbfbf' }}
            />
            <span>
              {t('maps.noData')}{' '}
              <Typography.Text type="secondary">({t('maps.regionCount', { count: noData })})</Typography.Text>
            </span>
          </li>
        </ul>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          {t(`maps.methodHelp.${method}`)}
        </Typography.Paragraph>
      </div>
    </Flex>
  );
}
