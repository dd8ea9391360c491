/**
 * Progress charts as SVG, drawn by echarts' server-side renderer (no DOM): the digest's picture (targets
 * by status, agencies by reporting) and a target's history for the dashboard. Pure functions of their data,
 * so the same counts always draw the same chart; turning the SVG into a PNG is Node's job (src/media).
 */
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, MarkLineComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { Lang } from "../types.js";

echarts.use([BarChart, LineChart, GridComponent, TitleComponent, MarkLineComponent, SVGRenderer]);

export const CHART_FONT = "DejaVu Sans, Noto Sans, sans-serif";

/** The digest's picture: how many targets stand where, and how many agencies reported. */
export type ProgressChartData = {
  lang: Lang;
  title: string;
  targets: { met: number; at_risk: number; off_track: number; no_data: number };
  agencies: { reported: number; not_reported: number; overdue: number };
};

const LABELS = {
  vi: {
    targets: "Chỉ tiêu",
    agencies: "Cơ quan",
    met: "Đạt", at_risk: "Có nguy cơ", off_track: "Chưa đạt", no_data: "Chưa có số liệu",
    reported: "Đã báo cáo", not_reported: "Chưa báo cáo", overdue: "Quá hạn",
    plan: "Kế hoạch",
  },
  en: {
    targets: "Targets",
    agencies: "Agencies",
    met: "On track", at_risk: "At risk", off_track: "Off track", no_data: "No data",
    reported: "Reported", not_reported: "Not reported", overdue: "Overdue",
    plan: "Plan",
  },
} satisfies Record<Lang, Record<string, string>>;

const COLORS = { met: "#2e7d32", at_risk: "#f9a825", off_track: "#c62828", no_data: "#9e9e9e", reported: "#2e7d32", not_reported: "#9e9e9e", overdue: "#c62828" };

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The bars of one panel, each with its count written at its end. */
function panel(keys: Array<keyof typeof COLORS>, counts: Record<string, number>, lang: Lang, index: number) {
  const l = LABELS[lang];
  return {
    type: "bar",
    xAxisIndex: index,
    yAxisIndex: index,
    barMaxWidth: 38,
    data: keys.map((k) => ({ value: counts[k] ?? 0, itemStyle: { color: COLORS[k] }, name: l[k] })),
    label: { show: true, position: "right", fontSize: 15, fontWeight: "bold", formatter: "{c}" },
  };
}

export function progressChartSvg(data: ProgressChartData, size = { width: 880, height: 360 }): string {
  const l = LABELS[data.lang];
  const targetKeys = ["met", "at_risk", "off_track", "no_data"] as const;
  const agencyKeys = ["reported", "not_reported", "overdue"] as const;
  const category = (keys: readonly string[], i: number) => ({ type: "category", gridIndex: i, inverse: true, data: keys.map((k) => l[k as keyof typeof l]), axisLabel: { fontSize: 13, width: 130, overflow: "truncate" }, axisTick: { show: false } });
  const value = (i: number) => ({ type: "value", gridIndex: i, minInterval: 1, splitLine: { lineStyle: { color: "#eee" } } });
  return render(
    {
      backgroundColor: "#ffffff",
      title: [
        { text: data.title, left: "center", top: 8, textStyle: { fontSize: 16 } },
        { text: l.targets, left: "25%", top: 42, textAlign: "center", textStyle: { fontSize: 14, color: "#444" } },
        { text: l.agencies, left: "75%", top: 42, textAlign: "center", textStyle: { fontSize: 14, color: "#444" } },
      ],
      grid: [
        { left: 150, right: "53%", top: 72, bottom: 28 },
        { left: "62%", right: 40, top: 72, bottom: 28 },
      ],
      yAxis: [category(targetKeys, 0), category(agencyKeys, 1)],
      xAxis: [value(0), value(1)],
      series: [panel([...targetKeys], data.targets, data.lang, 0), panel([...agencyKeys], data.agencies, data.lang, 1)],
    },
    size.width,
    size.height,
  );
}

/** A target's reported values over time against the plan's value (a dashed line). */
export type TargetHistoryData = { lang: Lang; unit: string; planValue: number; points: Array<{ at: string; value: number }> };

export function targetHistorySvg(data: TargetHistoryData, size = { width: 360, height: 160 }): string {
  const l = LABELS[data.lang];
  return render(
    {
      grid: { left: 44, right: 16, top: 14, bottom: 24 },
      xAxis: { type: "category", data: data.points.map((p) => p.at.slice(0, 10).split("-").reverse().slice(0, 2).join("/")), axisLabel: { fontSize: 10 } },
      yAxis: { type: "value", scale: true, axisLabel: { fontSize: 10, formatter: `{value}${/^[%‰]$/.test(data.unit) ? data.unit : ""}` } },
      series: [
        {
          type: "line",
          data: data.points.map((p) => p.value),
          symbolSize: 6,
          label: { show: data.points.length <= 6, fontSize: 10 },
          markLine: { silent: true, symbol: "none", lineStyle: { type: "dashed", color: "#c62828" }, label: { formatter: `${l.plan} {c}`, fontSize: 10 }, data: [{ yAxis: data.planValue }] },
        },
      ],
    },
    size.width,
    size.height,
  );
}
