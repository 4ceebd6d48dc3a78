package tw.uplift.survey.console;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.batik.svggen.SVGSyntax;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The charts (圖表) of a survey's results, as SVG to put inline in a page: the bars are laid out by JFreeChart and
 * written by Batik's SVG generator, with the labels kept as {@code <text>} (so 繁體中文 is drawn by the reader's
 * browser, which has the fonts, and prints sharp). Each chart is an image with its text alternative as its
 * accessible name; the page puts the same numbers in a table beside it (docs/adr/0004-survey-charts.md).
 */
public final class ResultCharts {

    /** Uplift's teal: the bars of "this survey"; 7.6:1 against white. */
    static final Color BAR = new Color(0x0b, 0x5d, 0x57);
    /** The earlier survey's bars in a trend: a grey still 4.6:1 against white (WCAG 1.4.11 asks 3:1). */
    static final Color EARLIER = new Color(0x6f, 0x77, 0x7b);
    /** The threshold line. */
    static final Color THRESHOLD = new Color(0xd4, 0x35, 0x1c);

    private static final int WIDTH = 640;
    private static final int ROW = 36;
    private static final AtomicLong CHARTS = new AtomicLong();
    // The generic family: the browser picks a CJK font it has; the server's metrics only place the labels.
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    private ResultCharts() {
    }

    /** One bar: its category and its value. */
    public record Bar(String label, double value) {
    }

    /**
     * Counts as horizontal bars, one per category in the given order, each with its count at its end.
     *
     * @param description the text alternative: what the chart shows, in the reader's language
     */
    public static String counts(String description, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            data.addValue(bar.value(), "n", bar.label());
        }
        JFreeChart chart = horizontal(data, false);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        labelBars(chart, new DecimalFormat("0"));
        return svg(chart, description, bars.size());
    }

    /**
     * Shares (0..1) as horizontal percentage bars against a threshold drawn as a line across them, e.g. each
     * question's top-2-box share against the satisfaction threshold.
     */
    public static String sharesAgainst(String description, List<Bar> shares, double threshold, String thresholdLabel) {
        return shares(description, shares, Set.of(), threshold, thresholdLabel);
    }

    /**
     * Shares of parts of the respondents against the threshold, as {@link #sharesAgainst}, with the parts too small
     * to read much into drawn in grey: colour is never the only sign, so their labels must say it too.
     *
     * @param faint the bars (by position) to draw in grey
     */
    public static String sharesAgainst(String description, List<Bar> shares, Set<Integer> faint,
            double threshold, String thresholdLabel) {
        return shares(description, shares, faint, threshold, thresholdLabel);
    }

    private static String shares(String description, List<Bar> shares, Set<Integer> faint, double threshold,
            String thresholdLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar bar : shares) {
            data.addValue(bar.value() * 100, "%", bar.label());
        }
        JFreeChart chart = horizontal(data, false);
        CategoryPlot plot = chart.getCategoryPlot();
        if (!faint.isEmpty()) {
            BarRenderer grey = new BarRenderer() {
                @Override
                public Paint getItemPaint(int row, int column) {
                    return faint.contains(column) ? EARLIER : super.getItemPaint(row, column);
                }
            };
            style(grey);
            plot.setRenderer(grey);
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 115); // room for "100.0%" past a full bar; the ticks stop at 100
        axis.setTickUnit(new NumberTickUnit(20));
        axis.setNumberFormatOverride(new DecimalFormat("0'%'"));
        ValueMarker line = new ValueMarker(threshold * 100, THRESHOLD, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        // the line is named under the axis: a label on the line itself would sit on the bars
        axis.setLabel(thresholdLabel);
        axis.setLabelFont(LABEL);
        plot.addRangeMarker(line);
        labelBars(chart, new DecimalFormat("0.0'%'"));
        return svg(chart, description, shares.size() + 1);
    }

    /**
     * Two series side by side per category (the earlier survey, then this one), e.g. each question's mean score
     * in the previous survey of the same name and in this one.
     *
     * @param upper the top of the value axis (5 for a mean score, 100 for a percentage)
     */
    public static String compared(String description, String earlierName, List<Bar> earlier, String laterName,
            List<Bar> later, double upper) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar bar : earlier) {
            data.addValue(bar.value(), earlierName, bar.label());
        }
        for (Bar bar : later) {
            data.addValue(bar.value(), laterName, bar.label());
        }
        JFreeChart chart = horizontal(data, true);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, upper);
        plot.getRenderer().setSeriesPaint(0, EARLIER);
        plot.getRenderer().setSeriesPaint(1, BAR);
        labelBars(chart, new DecimalFormat("0.00"));
        return svg(chart, description, 2 * Math.max(earlier.size(), later.size()) + 2);
    }

    private static JFreeChart horizontal(DefaultCategoryDataset data, boolean legend) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(LABEL);
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis values = new NumberAxis();
        values.setTickLabelFont(LABEL);
        values.setUpperMargin(0.15); // room for the value printed at the end of the longest bar
        BarRenderer bars = new BarRenderer();
        style(bars);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // the scale under the bars, where it is read
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        JFreeChart chart = new JFreeChart(null, LABEL, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (legend) {
            LegendTitle key = chart.getLegend();
            key.setItemFont(LABEL);
            key.setPosition(RectangleEdge.TOP);
            key.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static void style(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.6);
        bars.setItemMargin(0.05);
    }

    private static void labelBars(JFreeChart chart, NumberFormat format) {
        BarRenderer bars = (BarRenderer) chart.getCategoryPlot().getRenderer();
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        bars.setDefaultItemLabelFont(LABEL);
        bars.setDefaultItemLabelsVisible(true);
        // each value just past the end of its bar
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    }

    /** The chart as an {@code <svg>} element that scales to its container, named by its text alternative. */
    private static String svg(JFreeChart chart, String description, int rows) {
        int height = 70 + ROW * Math.max(rows, 2);
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            // A page holds several charts inline, and ids are the document's: each chart's clip paths get ids of
            // their own, or one chart's bars would be clipped by another's plot area.
            String prefix = "chart" + CHARTS.incrementAndGet() + "-";
            context.setIDGenerator(new SVGIDGenerator() {
                @Override
                public String generateID(String kind) {
                    return super.generateID(prefix + kind);
                }
            });
            SVGGraphics2D g = new SVGGraphics2D(context, false);
            g.setSVGCanvasSize(new Dimension(WIDTH, height));
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
            Element root = g.getRoot();
            // Batik's one fixed id, on its (unreferenced) shared definitions
            for (var node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && SVGSyntax.ID_PREFIX_GENERIC_DEFS.equals(e.getAttribute("id"))) {
                    e.setAttribute("id", prefix + SVGSyntax.ID_PREFIX_GENERIC_DEFS);
                }
            }
            root.removeAttribute("width");
            root.removeAttribute("height");
            root.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
            root.setAttribute("class", "uplift-chart__image");
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", description);
            Element title = document.createElementNS(SVGGraphics2D.SVG_NAMESPACE_URI, "title");
            title.setTextContent(description);
            root.insertBefore(title, root.getFirstChild());
            StringWriter out = new StringWriter();
            var serializer = TransformerFactory.newInstance().newTransformer();
            serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            serializer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the chart could not be written as SVG", e);
        }
    }
}
