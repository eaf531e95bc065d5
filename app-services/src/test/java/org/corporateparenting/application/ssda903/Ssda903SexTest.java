package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.junit.jupiter.api.Test;

/** SEX is written in the year's coding (1/2 to 2023-24, M/F from 2024-25) and either coding is read back as recorded. */
class Ssda903SexTest {

    @Test
    void theRecordedSexIsWrittenInTheYearsCodingAndReadBack() {
        for (int year = 2017; year <= 2027; year++) {
            CollectionYear y = new CollectionYear(year);
            for (String recorded : new String[] {"1", "2"}) {
                String written = Ssda903Sex.written(recorded, y);
                assertThat(Ssda903Codes.SEX.isValid(written, y)).as(year + " " + written).isTrue();
                assertThat(Ssda903Sex.recorded(written)).isEqualTo(recorded);
            }
        }
        assertThat(Ssda903Sex.written("2", new CollectionYear(2024))).isEqualTo("F");
        assertThat(Ssda903Sex.written("1", new CollectionYear(2023))).isEqualTo("1");
        assertThat(Ssda903Sex.recorded("U")).as("not recordable, so the load reports it").isEqualTo("U");
    }
}
