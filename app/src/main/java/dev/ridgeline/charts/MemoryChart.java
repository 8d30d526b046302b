package dev.ridgeline.charts;

import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.MemoryUse;
import dev.ridgeline.serving.SystemResults;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Where each replica's HBM goes: weights, runtime and reserve, the KV cache at the current batch, and what is
 * free, stacked against capacity. A system that does not fit shows its overflow in red above capacity.
 */
public final class MemoryChart {
    public static final String TITLE = "Memory per replica";
    static final String WEIGHTS = "Weights";
    static final String RUNTIME = "Runtime + reserve";
    static final String KV = "KV at current batch";
    static final String FREE = "Free";
    static final String OVER = "Over capacity";
    private static final List<String> ROWS = List.of(WEIGHTS, RUNTIME, KV, FREE, OVER);

    private MemoryChart() {
    }

    public static JFreeChart create() {
        CategoryAxis x = new CategoryAxis(null);
        ChartStyle.axis(x);
        x.setMaximumCategoryLabelLines(3); // six systems' long names
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis y = ChartStyle.numberAxis("HBM (GB per replica)", "GB per replica");
        Renderer renderer = new Renderer();
        CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), x, y, renderer);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setFixedLegendItems(legend());
        JFreeChart chart = ChartStyle.chart(TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle("each bar in its system's colour: solid = weights, tint = KV cache"));
        return chart;
    }

    public static void update(JFreeChart chart, ScenarioResults results, int selected) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNotify(false);
        try {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            plot.clearAnnotations();
            List<SystemOutcome> systems = results.systems();
            double tallest = 0;
            for (int i = 0; i < systems.size(); i++) {
                SystemResults r = systems.get(i).physics();
                MemoryUse use = r.memoryAtCurrentBatch();
                String category = r.label();
                data.addValue(use.weightsGB(), WEIGHTS, category);
                data.addValue(use.runtimeGB(), RUNTIME, category);
                data.addValue(use.kvGB(), KV, category);
                data.addValue(use.freeGB(), FREE, category);
                data.addValue(use.overCapacityGB(), OVER, category);
                tallest = Math.max(tallest, use.totalGB());
                String capacity = Formats.fixed(use.capacityGB(), 0) + " GB";
                String needs = "needs " + Formats.fixed(use.capacityGB() + use.overCapacityGB(), 0) + " of " + capacity;
                plot.addAnnotation(r.fits()
                        ? new CapacityLabel(capacity, capacity, category, use.totalGB(), Palette.ANNOTATION,
                                Palette.MUTED)
                        : new CapacityLabel("does not fit: " + needs, needs, category, use.totalGB(),
                                Palette.ANNOTATION_BOLD, Palette.ALERT));
            }
            // 18 % headroom: the tallest bar's label fits under the frame down to ~140 px of plot height
            ChartAxes.range(chart, plot.getRangeAxis(), new org.jfree.data.Range(0, tallest * 1.18));
            plot.setDataset(data);
            ((Renderer) plot.getRenderer()).results = results;
            Tooltips.register(chart, (dataset, row, column) -> String.format("%s — %s: %s GB",
                    dataset.getColumnKey(column), dataset.getRowKey(row),
                    Formats.fixed(dataset.getValue(row, column).doubleValue(), 1)));
        } finally {
            plot.setNotify(true);
        }
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        Color sample = Palette.MUTED;
        items.add(item(WEIGHTS, sample));
        items.add(item(RUNTIME, new Color(0x8C959F)));
        items.add(item(KV, Palette.translucent(sample, 110)));
        items.add(item(FREE, new Color(0xF0F2F4)));
        items.add(item(OVER, Palette.ALERT));
        return items;
    }

    private static LegendItem item(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-7, -7, 14, 14), paint,
                new java.awt.BasicStroke(1f), Palette.MUTED);
        item.setLabelFont(Palette.LEGEND);
        item.setLabelPaint(Palette.INK);
        return item;
    }

    /**
     * A bar's capacity (or what it lacks) just above it, in the shorter wording where the full one is wider than a
     * bar's slot, so neighbours' labels never run into each other; coloured for the theme.
     */
    static final class CapacityLabel extends CategoryTextAnnotation {
        private final String shortText;
        private final Color colour;
        private transient ChartTheme theme = ChartTheme.LIGHT;

        CapacityLabel(String text, String shortText, String category, double value, java.awt.Font font,
                Color colour) {
            super(text, category, value);
            this.shortText = shortText;
            this.colour = colour;
            setFont(font);
            setPaint(colour);
            setTextAnchor(TextAnchor.BOTTOM_CENTER);
        }

        void setTheme(ChartTheme value) {
            theme = value;
            fireAnnotationChanged();
        }

        @Override
        public void draw(java.awt.Graphics2D g2, CategoryPlot plot, java.awt.geom.Rectangle2D dataArea,
                CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis) {
            org.jfree.data.category.CategoryDataset data = plot.getDataset();
            int index = data.getColumnIndex(getCategory());
            int count = data.getColumnCount();
            double slot = dataArea.getWidth() / Math.max(1, count) - 8;
            String text = getFont().getStringBounds(getText(), g2.getFontRenderContext()).getWidth() <= slot
                    ? getText() : shortText;
            float x = (float) domainAxis.getCategoryJava2DCoordinate(getCategoryAnchor(), index, count, dataArea,
                    plot.getDomainAxisEdge());
            float y = (float) rangeAxis.valueToJava2D(getValue(), dataArea, plot.getRangeAxisEdge());
            g2.setFont(getFont());
            g2.setPaint(theme.text(colour));
            org.jfree.chart.text.TextUtils.drawAlignedString(text, g2, x, y - 2, TextAnchor.BOTTOM_CENTER);
        }
    }

    /** Weights in the system's colour, its KV cache in a lighter tint of it, the rest neutral. */
    static final class Renderer extends StackedBarRenderer {
        private transient ScenarioResults results;

        Renderer() {
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setMaximumBarWidth(0.22);
            setDrawBarOutline(true);
            setDefaultOutlinePaint(Color.WHITE);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            String component = ROWS.get(row);
            Color system = Palette.system(column);
            return switch (component) {
                case WEIGHTS -> system;
                case KV -> Palette.translucent(system, 110);
                case RUNTIME -> new Color(0x8C959F);
                case FREE -> new Color(0xF0F2F4);
                default -> Palette.ALERT;
            };
        }
    }
}
