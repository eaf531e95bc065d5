package org.corporateparenting.application.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.corporateparenting.domain.indicator.Definition;

/** An indicator's published figures month by month, with the target in force and the latest benchmarks. */
public record IndicatorHistory(Definition definition, List<Point> points, List<DatasetView.BenchmarkView> benchmarks) {

    /**
     * One month: the shown value (null when unpublished or withheld; {@code withheld} tells the two apart), target,
     * revision and extract time.
     */
    public record Point(String month, String label, BigDecimal value, boolean withheld, BigDecimal target, Integer revision,
            Instant extractedAt) {
    }
}
