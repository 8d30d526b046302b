package dev.ridgeline.charts.decisions;

import dev.ridgeline.charts.ChartStyle;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.charts.Palette;
import dev.ridgeline.charts.Tooltips;
import dev.ridgeline.decisions.BuildVsBuyCurve;
import dev.ridgeline.decisions.CascadeCost;
import dev.ridgeline.decisions.MigrationBridge;
import dev.ridgeline.decisions.Sensitivity;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The decision charts of issue 15, drawn from the model's {@code dev.ridgeline.decisions} values, the same on screen
 * and in exports: a tornado (horizontal bars, sorted by swing), a bridge (a multiplicative waterfall on a log
 * axis), build versus buy over volume (log-log lines, the self-hosted one in steps) and a cascade (horizontal bars).
 * Every axis names its unit. Bar labels sit at the end of their own row, so no two share a line; the two marker
 * labels of build versus buy sit one at the top of the plot and one at the bottom.
 */
public final class DecisionCharts {
    /** Okabe–Ito: blue for a bar that makes the selected system cheaper, vermillion for one that makes it dearer. */
    static final Color CHEAPER = new Color(0x0072B2);
    static final Color DEARER = new Color(0xD55E00);
    static final Color LOW_END = new Color(0x0072B2);
    static final Color HIGH_END = new Color(0xE69F00);
    static final double BAR = 0.34;

    private DecisionCharts() {
    }

    // ---------------------------------------------------------------- tornado

    public static final String TORNADO_TITLE = "What moves the cost: sensitivity";

    public static JFreeChart tornado(Sensitivity t) {
        List<Sensitivity.Bar> bars = t.bars();
        String[] names = new String[bars.size()];
        XYIntervalSeries low = new XYIntervalSeries("input at the low end of its range");
        XYIntervalSeries high = new XYIntervalSeries("input at the high end");
        for (int i = 0; i < bars.size(); i++) {
            Sensitivity.Bar b = bars.get(i);
            // largest swing on top: the domain axis runs upward, so the first bar takes the highest index
            int row = bars.size() - 1 - i;
            names[row] = b.input() + " " + trim(b.low()) + "–" + trim(b.high()) + (b.unit().isEmpty() ? ""
                    : " " + b.unit());
            double base = t.basePerMillion();
            if (b.lowPerMillion() != null) {
                low.add(row, row - BAR, row + BAR, base, Math.min(base, b.lowPerMillion()),
                        Math.max(base, b.lowPerMillion()));
            }
            if (b.highPerMillion() != null) {
                high.add(row, row - BAR, row + BAR, base, Math.min(base, b.highPerMillion()),
                        Math.max(base, b.highPerMillion()));
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(low);
        data.addSeries(high);
        SymbolAxis inputs = symbols("input and its range", names);
        NumberAxis cost = ChartStyle.numberAxis("$ per million output tokens, on-demand", "$/M output tokens");
        cost.setAutoRangeIncludesZero(false);
        cost.setUpperMargin(0.08);
        cost.setLowerMargin(0.08);
        XYBarRenderer r = bars(LOW_END, HIGH_END);
        r.setDefaultToolTipGenerator((d, s, i) -> {
            Sensitivity.Bar b = bars.get(bars.size() - 1 - (int) d.getXValue(s, i));
            boolean lo = s == 0;
            Double m = lo ? b.lowMonthly() : b.highMonthly();
            return b.input() + " at " + trim(lo ? b.low() : b.high()) + " " + b.unit() + " (" + b.range() + "): "
                    + money(lo ? b.lowPerMillion() : b.highPerMillion()) + "/M output tokens, fleet "
                    + (m == null ? "not sized" : Formats.dollars(m) + "/month");
        });
        XYPlot plot = new XYPlot(data, inputs, cost, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.grid(plot);
        ValueMarker base = new ValueMarker(t.basePerMillion(), Palette.INK, Palette.MARKER);
        base.setLabel("as is " + money(t.basePerMillion()) + "/M");
        base.setLabelFont(Palette.ANNOTATION_BOLD);
        base.setLabelPaint(Palette.INK);
        double lo = t.basePerMillion();
        double hi = t.basePerMillion();
        for (Sensitivity.Bar b : bars) {
            for (Double v : new Double[] {b.lowPerMillion(), b.highPerMillion()}) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        // beside the line on the side with more room, at the bottom (the smallest bars); it never crosses the line
        boolean right = hi - t.basePerMillion() >= t.basePerMillion() - lo;
        base.setLabelAnchor(right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        base.setLabelTextAnchor(right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(base);
        JFreeChart chart = ChartStyle.chart(TORNADO_TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle(t.system() + ": $/M when one input moves over its range, the others as "
                + "they are; sorted by swing. Fleet as is: " + (t.baseMonthly() == null ? "not sized"
                        : Formats.dollars(t.baseMonthly()) + "/month"), t.system() + ": sorted by swing"));
        Tooltips.register(chart, 0, r.getDefaultToolTipGenerator());
        return chart;
    }

    // ---------------------------------------------------------------- bridge

    public static final String BRIDGE_TITLE = "Where the cost ratio comes from: migration bridge";

    public static JFreeChart bridge(MigrationBridge b) {
        List<MigrationBridge.Factor> factors = b.factors();
        int n = factors.size() + 1;
        String[] names = new String[n];
        XYIntervalSeries cheaper = new XYIntervalSeries("makes it cheaper (× > 1)");
        XYIntervalSeries dearer = new XYIntervalSeries("makes it dearer (× < 1)");
        XYIntervalSeries total = new XYIntervalSeries("total: baseline $/M ÷ selected $/M");
        double cumulative = 1;
        double lo = 1;
        double hi = 1;
        for (int i = 0; i < factors.size(); i++) {
            MigrationBridge.Factor f = factors.get(i);
            names[i] = f.name().replace(": KV headroom, compute, overheads", "")
                    .replace("throughput at the target beyond the floor", "at the target")
                    .replace("measured vs modeled", "measured");
            double next = cumulative * f.ratio();
            (f.ratio() >= 1 ? cheaper : dearer).add(i, i - BAR, i + BAR, next, Math.min(cumulative, next),
                    Math.max(cumulative, next));
            cumulative = next;
            lo = Math.min(lo, cumulative);
            hi = Math.max(hi, cumulative);
        }
        names[n - 1] = "total";
        total.add(n - 1, n - 1 - BAR, n - 1 + BAR, b.total(), Math.min(1, b.total()), Math.max(1, b.total()));
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(cheaper);
        data.addSeries(dearer);
        data.addSeries(total);
        SymbolAxis axis = symbols("factor, in this order", names);
        // a plain log axis (not the decade one): ticks at 0.5×, 1×, 2×, 4× … read as factors
        LogAxis ratio = new LogAxis("cost ratio (×, log)");
        ratio.setBase(10);
        ChartStyle.axis(ratio);
        ratio.setNumberFormatOverride(new java.text.DecimalFormat("0.##'×'"));
        // ticks at powers of 2 (0.5×, 1×, 2×, 4×, 8×), powers of 10 over a wider span
        ratio.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.log10(hi / Math.min(lo, 1)) > 2.5 ? 1
                : Math.log10(2)));
        // whole powers of 2 at both ends, so at least three ticks are labelled
        double log2 = Math.log(2);
        ratio.setRange(Math.pow(2, Math.floor(Math.log(Math.min(lo, 1) / 1.15) / log2)),
                Math.pow(2, Math.ceil(Math.log(hi * 1.25) / log2)));
        XYBarRenderer r = bars(CHEAPER, DEARER, Palette.INK);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(Palette.ANNOTATION_BOLD);
        r.setDefaultItemLabelPaint(Palette.INK);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultItemLabelGenerator((d, s, i) -> {
            int k = (int) d.getXValue(s, i);
            return ratioText(k < factors.size() ? factors.get(k).ratio() : b.total());
        });
        r.setDefaultToolTipGenerator((d, s, i) -> {
            int k = (int) d.getXValue(s, i);
            return k < factors.size() ? factors.get(k).name() + " " + ratioText(factors.get(k).ratio()) + ": "
                    + factors.get(k).how() : "total " + ratioText(b.total()) + ": " + b.baseline() + " $/M ÷ "
                    + b.selected() + " $/M";
        });
        XYPlot plot = new XYPlot(data, axis, ratio, r);
        ChartStyle.grid(plot);
        ValueMarker one = new ValueMarker(1, Palette.MUTED, Palette.MARKER);
        plot.addRangeMarker(one);
        JFreeChart chart = ChartStyle.chart(BRIDGE_TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle(b.baseline() + " → " + b.selected() + ": " + ratioText(b.total())
                + " cheaper per token = the bars multiplied; bandwidth × footprint = the decode floor's "
                + ratioText(b.decodeFloorRatio()), b.baseline() + " → " + b.selected() + ": " + ratioText(b.total())));
        Tooltips.register(chart, 0, r.getDefaultToolTipGenerator());
        return chart;
    }

    // ---------------------------------------------------------------- build vs buy

    public static final String BUILD_TITLE = "Build or buy, over volume";

    public static JFreeChart buildVsBuy(BuildVsBuyCurve c) {
        XYSeries self = new XYSeries("self-host: whole replicas for the peak", false, true);
        XYSeries api = new XYSeries("API: " + c.api(), false, true);
        XYSeries hybrid = new XYSeries("hybrid: self-host the average, peak to the API", false, true);
        for (BuildVsBuyCurve.Point p : c.points()) {
            // a log axis has no 0: a free API or a free fleet draws no line rather than one at 10^-6
            if (p.selfHostMonthly() > 0) {
                self.add(p.tokensPerDay(), p.selfHostMonthly());
            }
            if (p.apiMonthly() > 0) {
                api.add(p.tokensPerDay(), p.apiMonthly());
            }
            if (p.hybridMonthly() != null && p.hybridMonthly() > 0) {
                hybrid.add(p.tokensPerDay(), p.hybridMonthly());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(self);
        data.addSeries(api);
        if (c.hasHybrid()) {
            data.addSeries(hybrid);
        }
        LogAxis x = ChartStyle.logAxis("tokens per day, input + output (log)", "tokens/day (log)");
        LogAxis y = ChartStyle.logAxis("$ per month (log)", "$/month");
        XYLineAndShapeRenderer r = ChartStyle.lines();
        r.setSeriesPaint(0, Palette.system(0));
        r.setSeriesPaint(1, DEARER);
        r.setSeriesPaint(2, new Color(0x009E73));
        r.setSeriesStroke(0, Palette.LINE);
        r.setSeriesStroke(1, Palette.LINE);
        r.setSeriesStroke(2, Palette.DASHED);
        r.setDefaultToolTipGenerator((d, s, i) -> d.getSeriesKey(s) + ": " + Formats.compact(d.getXValue(s, i))
                + " tokens/day → " + Formats.dollars(d.getYValue(s, i)) + "/month");
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartStyle.grid(plot);
        if (c.breakEvenTokensPerDay() != null) {
            ValueMarker even = new ValueMarker(c.breakEvenTokensPerDay(), Palette.INK, Palette.MARKER);
            even.setLabel("break-even " + Formats.compact(c.breakEvenTokensPerDay()) + "/day");
            even.setLabelFont(Palette.ANNOTATION_BOLD);
            even.setLabelPaint(Palette.INK);
            boolean right = side(position(c, c.breakEvenTokensPerDay()), c.workloadVolume() < c.breakEvenTokensPerDay());
            even.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            even.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(even, org.jfree.chart.ui.Layer.FOREGROUND);
        }
        ValueMarker today = new ValueMarker(c.workloadVolume(), Palette.MUTED, Palette.MARKER);
        today.setLabel("this workload " + Formats.compact(c.workloadVolume()) + "/day");
        today.setLabelFont(Palette.ANNOTATION);
        today.setLabelPaint(Palette.MUTED);
        // the other label is at the top: this one at the bottom never meets it
        boolean right = side(position(c, c.workloadVolume()), c.breakEvenTokensPerDay() == null
                || c.breakEvenTokensPerDay() < c.workloadVolume());
        today.setLabelAnchor(right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        today.setLabelTextAnchor(right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        plot.addDomainMarker(today, org.jfree.chart.ui.Layer.FOREGROUND);
        JFreeChart chart = ChartStyle.chart(BUILD_TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle(c.system() + ": one replica makes " + Formats.compact(
                c.replicaTokensPerDay()) + " tokens/day; on-demand $/h × 730 + operations against the API's blended "
                + "price", c.system()));
        Tooltips.register(chart, 0, r.getDefaultToolTipGenerator());
        return chart;
    }

    /**
     * Whether a marker's label goes right of its line: away from the other marker's line ({@code otherIsLeft}: it is to
     * the left, so right), unless that side is too close to the plot's edge to hold the label.
     */
    static boolean side(double position, boolean otherIsLeft) {
        if (position > 0.7) {
            return false;
        }
        if (position < 0.3) {
            return true;
        }
        return otherIsLeft;
    }

    /** Where {@code x} sits across the curve's volumes on the log axis, 0 at the left end, 1 at the right. */
    static double position(BuildVsBuyCurve c, double x) {
        if (c.points().size() < 2) {
            return 0.5;
        }
        double lo = Math.log(c.points().get(0).tokensPerDay());
        double hi = Math.log(c.points().get(c.points().size() - 1).tokensPerDay());
        return hi <= lo ? 0.5 : (Math.log(x) - lo) / (hi - lo);
    }

    // ---------------------------------------------------------------- cascade

    public static final String CASCADE_TITLE = "Model cascade: blended cost";

    public static JFreeChart cascade(CascadeCost c) {
        List<CascadeCost.Tier> tiers = c.tiers();
        int n = tiers.size() + 1;
        String[] names = new String[n];
        XYIntervalSeries tier = new XYIntervalSeries("a tier alone, for every request");
        XYIntervalSeries blend = new XYIntervalSeries("the cascade, blended by share");
        double max = 0;
        for (int i = 0; i < tiers.size(); i++) {
            CascadeCost.Tier t = tiers.get(i);
            int row = n - 1 - i;
            names[row] = t.label() + " · " + Formats.fixed(t.share() * 100, 0) + " %"
                    + (t.gpus() == null ? "" : " · " + Formats.count(t.gpus(), "GPU"));
            if (t.perMillion() != null) {
                tier.add(row, row - BAR, row + BAR, t.perMillion(), 0, t.perMillion());
                max = Math.max(max, t.perMillion());
            }
        }
        names[0] = "blended" + (c.blendedQuality() == null ? "" : " · share-weighted quality "
                + Formats.fixed(c.blendedQuality() * 100, 0) + " %");
        if (c.blendedPerMillion() != null) {
            blend.add(0, -BAR, BAR, c.blendedPerMillion(), 0, c.blendedPerMillion());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(tier);
        data.addSeries(blend);
        SymbolAxis axis = symbols("tier · share of requests", names);
        NumberAxis cost = ChartStyle.numberAxis("$ per million output tokens", "$/M output tokens");
        cost.setAutoRange(false);
        cost.setRange(0, Math.max(max, c.blendedPerMillion() == null ? 0 : c.blendedPerMillion()) * 1.75 + 1e-9);
        XYBarRenderer r = bars(Palette.system(0), new Color(0x009E73));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(Palette.ANNOTATION_BOLD);
        r.setDefaultItemLabelPaint(Palette.INK);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultItemLabelGenerator((d, s, i) -> {
            int row = (int) d.getXValue(s, i);
            if (row == 0) {
                return money(c.blendedPerMillion()) + "/M";
            }
            CascadeCost.Tier t = tiers.get(n - 1 - row);
            return money(t.perMillion()) + "/M" + (t.savingAlone() == null ? "" : ", " + ratioText(t.savingAlone())
                    + " the blend");
        });
        r.setDefaultToolTipGenerator((d, s, i) -> r.getDefaultItemLabelGenerator().generateLabel(d, s, i));
        XYPlot plot = new XYPlot(data, axis, cost, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(CASCADE_TITLE, plot);
        String blended = c.blendedPerMillion() == null ? "no blended cost: " + c.reason()
                : "blended " + money(c.blendedPerMillion()) + "/M = Σ share × tier $/M";
        chart.addSubtitle(ChartStyle.subtitle(blended + (c.totalGpus() == null ? "" : "; "
                + Formats.count(c.totalGpus(), "GPU") + " across the modeled tiers"), blended));
        Tooltips.register(chart, 0, r.getDefaultToolTipGenerator());
        return chart;
    }

    // ---------------------------------------------------------------- shared

    private static SymbolAxis symbols(String label, String[] names) {
        SymbolAxis axis = new SymbolAxis(label, names);
        ChartStyle.axis(axis);
        axis.setGridBandsVisible(false);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setRange(-0.6, names.length - 0.4);
        return axis;
    }

    private static XYBarRenderer bars(Color... colours) {
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
        }
        return r;
    }

    static String ratioText(double r) {
        return Formats.fixed(r, r >= 10 ? 1 : 2) + "×";
    }

    static String money(Double v) {
        if (v == null) {
            return "—";
        }
        return "$" + (v >= 10 ? Formats.fixed(v, 2) : v >= 0.1 ? Formats.fixed(v, 3) : Formats.fixed(v, 4));
    }

    static String trim(double v) {
        return Math.abs(v) >= 100 ? Formats.fixed(v, 0) : Math.abs(v) >= 10 ? Formats.fixed(v, 1)
                : Formats.fixed(v, 2);
    }

}
