package org.corporateparenting.web.view.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.junit.jupiter.api.Test;

class BoardPositionTest {

    private static DatasetView.Row row(String code, String value, boolean suppressed, String direction, String status, String shape) {
        return new DatasetView.Row(code, "Title of " + code, "PROFILE", "PERCENT", "HIGH", "As at month end", "2023-03",
                value == null ? null : new BigDecimal(value), null, null, suppressed, null, null, direction, new BigDecimal("60.0"),
                status, shape, List.of(), List.of(), null, "", null, null, null, List.of());
    }

    private static String position(List<DatasetView.Row> rows) {
        DatasetView view = new DatasetView("2023-03", "Mar 2023", 1, Instant.parse("2023-04-04T06:15:00Z"), "analyst", rows, List.of());
        return BoardPosition.of(new BoardSummary(view, List.of(), List.of(), 5), code -> "board/2023-03/indicator/" + code);
    }

    private static String group(String html, String kind) {
        int start = html.indexOf("data-group=\"" + kind + "\"");
        return html.substring(start, html.indexOf("</div>", start));
    }

    @Test
    void eachIndicatorIsListedUnderItsStatusAndDirectionWithALink() {
        String html = position(List.of(row("OFF", "41.0", false, "Worse", "Off target", "square"),
                row("CLOSE", "58.0", false, "Better", "Close to target", "triangle"),
                row("ON", "70.0", false, "Same", "On target", "circle")));

        assertThat(group(html, "off-target")).contains("(1)", "<a href=\"board/2023-03/indicator/OFF\">Title of OFF</a>: 41.0%")
                .doesNotContain("CLOSE", "\"ON\"");
        assertThat(group(html, "close")).contains("(1)", "indicator/CLOSE").doesNotContain("indicator/OFF");
        assertThat(group(html, "improved")).contains("indicator/CLOSE").doesNotContain("indicator/OFF", "indicator/ON");
        assertThat(group(html, "declined")).contains("indicator/OFF").doesNotContain("indicator/CLOSE");
        assertThat(html).doesNotContain("indicator/ON\"");
    }

    @Test
    void aWithheldFigureCarriesNoJudgementAndEmptyGroupsSaySo() {
        String html = position(List.of(row("SMALL", null, true, "Worse", "Off target", "square")));

        assertThat(html).doesNotContain("SMALL").contains("None of the indicators with a target is off target.",
                "None is worse than last month.");
    }
}
