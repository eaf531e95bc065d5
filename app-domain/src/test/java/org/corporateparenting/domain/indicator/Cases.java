package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;

/** Small hand-built case records, and the dataset the catalogue computes from them. Synthetic: no real child. */
final class Cases {

    final Council council = new Council("999", "Test council");
    final List<Object> records = new ArrayList<>();
    private int children;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Child child(String dateOfBirth) {
        return add(new Child(council, "C" + ++children, "Test", "Child", "1", d(dateOfBirth), "WBRI"));
    }

    /** An episode with provider PR1; {@code end} may be null; {@code ceased} is the reason it ended. */
    Episode episode(Child child, String start, String end, String reasonNew, String placement, String ceased) {
        Episode e = new Episode(child, d(start), reasonNew, "C2", "N1", placement);
        e.placeWith("PR1", null, null);
        if (end != null) {
            e.end(d(end), ceased, null);
        }
        return add(e);
    }

    /** A child looked after from {@code start}, still looked after, fostered (U5). */
    Child inCare(String dateOfBirth, String start) {
        Child c = child(dateOfBirth);
        episode(c, start, null, "S", "U5", null);
        return c;
    }

    <T> T add(T record) {
        records.add(record);
        return record;
    }

    Measure measure(String code, String month) {
        CouncilHistory history = CouncilHistory.of(records, Map.of(2020, 20_000));
        Catalogue catalogue = Catalogue.of(Standards.DEFAULT);
        Dataset dataset = catalogue.engine().compute(history, List.of(ReportingMonth.parse(month))).get(0);
        return dataset.measure(code).orElseThrow(() -> new AssertionError("No indicator " + code));
    }

    /** Asserts a count. */
    void assertCount(String code, String month, int expected) {
        assertThat(measure(code, month).numerator()).as(code + " in " + month).isEqualTo(expected);
    }

    /** Asserts a share: {@code numerator} of {@code denominator}. */
    void assertShare(String code, String month, double numerator, long denominator) {
        Measure m = measure(code, month);
        assertThat(m.numerator()).as(code + " numerator in " + month).isEqualTo(numerator);
        assertThat(m.denominator()).as(code + " denominator in " + month).isEqualTo(denominator);
    }
}
