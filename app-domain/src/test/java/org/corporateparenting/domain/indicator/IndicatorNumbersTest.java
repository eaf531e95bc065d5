package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorNumbersTest {

    @Test
    void everyIndicatorHasItsOwnNumberInItsArea() {
        Set<String> seen = new HashSet<>();
        for (Definition d : Catalogue.of(Standards.DEFAULT).definitions()) {
            String number = IndicatorNumbers.of(d.code());
            assertThat(number).as(d.code()).isNotNull().matches("[0-9]+\\.[0-9]+").startsWith((d.area().ordinal() + 1) + ".");
            assertThat(seen.add(number)).as("%s's number %s is given once", d.code(), number).isTrue();
        }
        assertThat(IndicatorNumbers.all().keySet()).as("no number for a code the catalogue does not hold")
                .allMatch(code -> Catalogue.of(Standards.DEFAULT).find(code).isPresent());
    }

    @Test
    void numbersStayWithTheirIndicators() {
        // as printed in earlier packs and minutes: these must never change
        assertThat(IndicatorNumbers.of("CIC_COUNT")).isEqualTo("1.1");
        assertThat(IndicatorNumbers.of("CIC_RATE")).isEqualTo("1.2");
        assertThat(IndicatorNumbers.of("NO_SUCH")).isNull();
    }
}
