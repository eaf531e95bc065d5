package org.corporateparenting.domain.indicator;

import java.util.List;
import java.util.Optional;

/** Every indicator's figure for one month, in catalogue order. */
public record Dataset(ReportingMonth month, List<Measure> measures) {

    public Optional<Measure> measure(String code) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
