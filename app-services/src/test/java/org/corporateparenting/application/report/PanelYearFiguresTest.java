package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.COUNCIL;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.d;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.parts;

import java.util.List;
import org.corporateparenting.domain.recruitment.PanelMeeting;
import org.corporateparenting.domain.report.ReportingYear;
import org.junit.jupiter.api.Test;

/** The panel chair's report counts how soon minutes followed each meeting held (synthetic meetings in 2025-26). */
class PanelYearFiguresTest {

    @Test
    void minutesAreBandedByDaysAfterTheMeetingAndCancelledMeetingsHaveNone() {
        PanelMeeting onTheSeventhDay = meeting("2025-04-01", "2025-04-08");
        PanelMeeting onTheEighth = meeting("2025-05-01", "2025-05-09");
        PanelMeeting late = meeting("2025-06-01", "2025-06-16");
        PanelMeeting notYet = meeting("2026-03-31", null);
        PanelMeeting cancelled = meeting("2025-07-01", null);
        cancelled.cancel();

        AnnualFigures f = PanelYearFigures.of(List.of(onTheSeventhDay, onTheEighth, late, notYet, cancelled), List.of(),
                ReportingYear.parse("2025-26"));

        assertThat(parts(f, "minutes").values()).containsExactly(1L, 1L, 1L, 1L);
        assertThat(f.table("minutes").orElseThrow().total().thisYear()).as("meetings held only").isEqualTo(4);
        assertThat(f.reference("panel.minutesOnTimePct").orElseThrow().value()).isEqualByComparingTo("25");
    }

    private static PanelMeeting meeting(String on, String minutes) {
        PanelMeeting m = new PanelMeeting(COUNCIL, d(on));
        if (minutes != null) {
            m.recordMinutes(d(minutes));
        }
        return m;
    }
}
