package tw.uplift.survey.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tw.uplift.survey.console.ResultCharts.Bar;

/**
 * The charts as a browser gets them: SVG whose labels are text (so 繁體中文 is drawn by the browser), one bar per
 * category with lengths in proportion to the values, and the text alternative as the image's name.
 */
class ResultChartsTest {

    private static final String TEAL = "rgb(11,93,87)";
    private static final String GREY = "rgb(111,119,123)";

    @Test
    void countsAreOneBarPerCategoryInProportionWithTheirLabelsAsText() throws Exception {
        String svg = ResultCharts.counts("「整體滿意度」的回答分布", List.of(new Bar("非常滿意", 4), new Bar("滿意", 3),
                new Bar("普通", 2), new Bar("不滿意", 0), new Bar("非常不滿意", 1)));

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("「整體滿意度」的回答分布");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 640 ");
        assertThat(svg).as("paint as attributes: the pages' CSP allows no inline style").doesNotContainPattern("\\sstyle=");
        assertThat(texts(doc)).contains("非常滿意", "滿意", "普通", "不滿意", "非常不滿意", "4", "3", "2", "1");

        List<Double> widths = barWidths(doc, TEAL);
        assertThat(widths).as("a count of 0 draws no bar").hasSize(4);
        // horizontal bars: the length of each is its count times one and the same scale
        double unit = widths.get(0) / 4;
        assertThat(widths.get(1)).isCloseTo(3 * unit, within(0.5));
        assertThat(widths.get(2)).isCloseTo(2 * unit, within(0.5));
        assertThat(widths.get(3)).isCloseTo(unit, within(0.5));
    }

    @Test
    void sharesAreDrawnAsPercentagesWithTheThresholdAsALine() throws Exception {
        String svg = ResultCharts.sharesAgainst("滿意度與門檻", List.of(new Bar("整體", 0.7), new Bar("等候時間", 0.35)),
                0.8, "滿意比例（虛線為門檻 80%）");
        Document doc = parse(svg);
        assertThat(texts(doc)).contains("整體", "等候時間", "70.0%", "35.0%", "滿意比例（虛線為門檻 80%）", "100%");
        List<Double> widths = barWidths(doc, TEAL);
        assertThat(widths).hasSize(2);
        assertThat(widths.get(0) / widths.get(1)).isCloseTo(2.0, within(0.02));
        assertThat(svg).as("the threshold line").contains("stroke=\"rgb(212,53,28)\"");
    }

    @Test
    void aComparisonPutsTheEarlierSurveyBesideThisOne() throws Exception {
        String svg = ResultCharts.compared("與前次調查比較", "114年", List.of(new Bar("整體", 3.5), new Bar("態度", 4.0)),
                "115年", List.of(new Bar("整體", 4.2), new Bar("態度", 4.0)), 5);
        Document doc = parse(svg);
        assertThat(texts(doc)).contains("114年", "115年", "整體", "態度", "3.50", "4.20", "4.00");
        List<Double> earlier = barWidths(doc, GREY);
        List<Double> later = barWidths(doc, TEAL);
        assertThat(earlier).hasSize(2);
        assertThat(later).hasSize(2);
        assertThat(later.get(0) / earlier.get(0)).isCloseTo(4.2 / 3.5, within(0.01));
    }

    @Test
    void chartsOnOnePageShareNoIdSoNoneIsClippedByAnothersPlotArea() throws Exception {
        List<Bar> bars = List.of(new Bar("臨櫃", 4), new Bar("線上", 1));
        List<String> first = ids(parse(ResultCharts.counts("一", bars)));
        List<String> second = ids(parse(ResultCharts.counts("二", bars)));
        assertThat(first).isNotEmpty();
        assertThat(second).doesNotContainAnyElementsOf(first);
    }

    private static List<String> ids(Document doc) {
        List<String> ids = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** The widths of the rectangles filled with a colour, in the order drawn (the dataset's order). */
    private static List<Double> barWidths(Document doc, String fill) {
        NodeList rects = doc.getElementsByTagNameNS("*", "rect");
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (fillOf(rect).equals(fill)) {
                widths.add(Double.parseDouble(rect.getAttribute("width")));
            }
        }
        return widths;
    }

    /** The paint of an element: its own fill, else its nearest group's (Batik puts a shared paint on the group). */
    private static String fillOf(Element element) {
        for (var node = (org.w3c.dom.Node) element; node instanceof Element e; node = e.getParentNode()) {
            if (e.hasAttribute("fill")) {
                return e.getAttribute("fill").replace(" ", "");
            }
        }
        return "";
    }
}
