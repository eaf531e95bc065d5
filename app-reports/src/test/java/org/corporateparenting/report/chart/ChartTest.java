package org.corporateparenting.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartTest {

    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> all(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void aSparklineBreaksAtAMissingMonthAndNamesItsValues() throws Exception {
        Document doc = parse(Sparkline.of("IHA <20 days", values("50", "60.5", null, "70", "65", "80")));

        String path = all(doc, "path").get(0).getAttribute("d");
        assertThat(path.chars().filter(c -> c == 'M')).hasSize(2);
        assertThat(doc.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("Trend of IHA <20 days, oldest first: 50, 60.5, no figure, 70, 65, 80");
        assertThat(all(doc, "circle")).hasSize(1);
        // The highest value is drawn highest (smallest y), the lowest lowest.
        assertThat(path).startsWith("M3.0 21.0");
        assertThat(all(doc, "circle").get(0).getAttribute("cy")).isEqualTo("3.0");
    }

    @Test
    void aBarChartDrawsEachYearsBarFromZeroAndNamesEveryValue() throws Exception {
        Document doc = parse(BarChart.of("Reviews held", List.of("Q1", "Q2"), List.of(10L, 0L), List.of(5L, 20L), "2025-26", "2024-25"));

        assertThat(doc.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("Reviews held, 2025-26 beside 2024-25: Q1 10 and 5; Q2 0 and 20");
        List<Element> bars = all(doc, "rect").stream().filter(r -> !r.getAttribute("y").equals("4")).toList();
        assertThat(bars).hasSize(4);
        double bottom = Double.parseDouble(bars.get(0).getAttribute("y")) + Double.parseDouble(bars.get(0).getAttribute("height"));
        assertThat(bars).allSatisfy(b -> assertThat(Double.parseDouble(b.getAttribute("y")) + Double.parseDouble(b.getAttribute("height")))
                .as("every bar stands on the zero line").isCloseTo(bottom, org.assertj.core.data.Offset.offset(0.2)));
        assertThat(Double.parseDouble(bars.get(2).getAttribute("height"))).as("a zero is no bar").isZero();
        assertThat(Double.parseDouble(bars.get(3).getAttribute("height"))).as("20 twice as tall as 10")
                .isCloseTo(2 * Double.parseDouble(bars.get(0).getAttribute("height")), org.assertj.core.data.Offset.offset(0.2));
        assertThat(all(doc, "text")).extracting(Element::getTextContent).contains("Q1", "Q2", "2025-26", "2024-25", "0", "20");
    }

    @Test
    void aSparklineWithoutTheLatestMonthHasNoLatestDot() throws Exception {
        Document doc = parse(Sparkline.of("x", values("1", "2", null)));
        assertThat(all(doc, "circle")).isEmpty();
        assertThat(all(doc, "path")).hasSize(1);
    }

    @Test
    void aTrendChartLabelsItsTargetBenchmarksAndLatestWithoutOverlap() throws Exception {
        List<String> months = List.of("Jan 2023", "Feb 2023", "Mar 2023", "Apr 2023");
        TrendChart chart = new TrendChart("Rate per 10,000", "", months, values("64.6", "65.1", "65", "66.2"),
                values("60", "60", "60", "58"),
                List.of(new TrendChart.Reference("England 2021/22", new BigDecimal("67")),
                        new TrendChart.Reference("Good+ neighbours", new BigDecimal("66.5"))));

        Document doc = parse(chart.svg());

        assertThat(all(doc, "title").get(0).getTextContent()).isEqualTo("Rate per 10,000");
        assertThat(all(doc, "desc").get(0).getTextContent()).isEqualTo("Monthly values from Jan 2023 to Apr 2023. Latest: 66.2. "
                + "Target: 58. England 2021/22: 67. Good+ neighbours: 66.5. The figures are also given in the table.");
        List<Element> labels = all(doc, "text").stream().filter(t -> t.getAttribute("font-weight").equals("600")).toList();
        assertThat(labels).extracting(Element::getTextContent)
                .containsExactly("England 2021/22: 67", "Good+ neighbours: 66.5", "Latest: 66.2", "Target: 58");
        for (int i = 1; i < labels.size(); i++) {
            double gap = Double.parseDouble(labels.get(i).getAttribute("y")) - Double.parseDouble(labels.get(i - 1).getAttribute("y"));
            assertThat(gap).as("space between labels %d and %d", i - 1, i).isGreaterThanOrEqualTo(15);
        }
        // The target steps down in April: two horizontal pieces at different heights.
        String target = all(doc, "path").stream().filter(p -> p.getAttribute("stroke").equals(Svg.TARGET)).findFirst().orElseThrow()
                .getAttribute("d");
        assertThat(target.split("M")).hasSize(5);
        assertThat(all(doc, "circle")).hasSize(4).extracting(c -> c.getElementsByTagName("title").item(0).getTextContent())
                .containsExactly("Jan 2023: 64.6", "Feb 2023: 65.1", "Mar 2023: 65", "Apr 2023: 66.2");
    }

    @Test
    void theAxisStartsAtZeroWithRoundTicks() {
        Scale scale = Scale.of(values("64.6", "88")).forAxis();
        assertThat(scale.low()).isZero();
        assertThat(scale.high()).isEqualTo(100);
        assertThat(scale.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
    }

    @Test
    void everyMonthNeedsAValueAndATargetSlot() {
        assertThatThrownBy(() -> new TrendChart("t", "", List.of("Jan 2023"), values("1", "2"), values("1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
