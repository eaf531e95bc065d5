package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.indicator.Unit;

/**
 * A regional adoption agency's year in figures: each member council's own adoption figures
 * ({@link AdoptionYearFigures}, the same figures as that council's own report) added together line by line, and for the
 * main flows (decisions, placement orders, early permanence, children placed, adoption orders, adopters approved, and
 * children waiting on 31 March) a table with a line per council, so the agency's total is seen to be its councils' sum.
 * Quotable figures add up the same way: counts are summed, shares and averages are recomputed from the summed
 * numerators and denominators (never averaged), published benchmarks are taken as they are.
 */
final class AgencyYearFigures {

    /** The tables shown council by council, with the line that gives each council's figure (null: the total). */
    static final Map<String, String> BY_COUNCIL = byCouncil();

    private AgencyYearFigures() {
    }

    /** {@code councils}: each member council's name and its own figures, in the order the tables list them. */
    static AnnualFigures of(Map<String, AnnualFigures> councils) {
        List<AnnualFigures> each = List.copyOf(councils.values());
        AnnualFigures first = each.get(0);
        List<CountTable> tables = new ArrayList<>();
        for (CountTable t : first.tables()) {
            tables.add(added(t, each));
        }
        BY_COUNCIL.forEach((key, line) -> first.table(key).ifPresent(t -> tables.add(councilByCouncil(t, line, councils))));
        List<Reference> references = new ArrayList<>();
        for (Reference r : first.references()) {
            references.add(added(r, each));
        }
        return new AnnualFigures(first.year(), first.lastYear(), tables, references);
    }

    private static CountTable added(CountTable shape, List<AnnualFigures> each) {
        List<Count> parts = new ArrayList<>();
        for (int i = 0; i < shape.parts().size(); i++) {
            int line = i;
            parts.add(sum(shape.parts().get(i).label(), each.stream().map(f -> f.table(shape.key()).orElseThrow().parts().get(line)).toList()));
        }
        Count total = shape.total() == null ? null
                : sum(shape.total().label(), each.stream().map(f -> f.table(shape.key()).orElseThrow().total()).toList());
        return new CountTable(shape.key(), shape.title(), shape.shareOf(), parts, total, shape.note(), shape.aboutChildren());
    }

    private static Count sum(String label, List<Count> counts) {
        long thisYear = counts.stream().mapToLong(Count::thisYear).sum();
        long lastYear = counts.stream().mapToLong(Count::lastYear).sum();
        Long thisOf = counts.get(0).thisOf() == null ? null : counts.stream().mapToLong(Count::thisOf).sum();
        Long lastOf = counts.get(0).lastOf() == null ? null : counts.stream().mapToLong(Count::lastOf).sum();
        return new Count(label, thisYear, lastYear, thisOf, lastOf);
    }

    private static CountTable councilByCouncil(CountTable shape, String line, Map<String, AnnualFigures> councils) {
        List<Count> parts = new ArrayList<>();
        councils.forEach((name, figures) -> {
            CountTable own = figures.table(shape.key()).orElseThrow();
            Count c = line == null ? own.total() : own.parts().stream().filter(p -> p.label().equals(line)).findFirst().orElseThrow();
            parts.add(Count.of(name, c.thisYear(), c.lastYear()));
        });
        Count total = Count.of("Total", parts.stream().mapToLong(Count::thisYear).sum(), parts.stream().mapToLong(Count::lastYear).sum());
        String title = line == null ? shape.title().replace(", by quarter", "") + " in the year, by council"
                : "Children waiting for a match on " + line + ", by council";
        return new CountTable(shape.key() + ".byCouncil", title, "of the agency's", parts, total, null, shape.aboutChildren());
    }

    private static Reference added(Reference shape, List<AnnualFigures> each) {
        List<Reference> all = each.stream().map(f -> f.reference(shape.key()).orElseThrow()).toList();
        if (!shape.aboutChildren()) {
            return shape;
        }
        long numerator = all.stream().mapToLong(Reference::numerator).sum();
        long denominator = all.stream().mapToLong(r -> r.denominator() == null ? 0 : r.denominator()).sum();
        if (shape.unit() == Unit.PERCENT) {
            return Reference.percent(shape.key(), shape.meaning(), numerator, denominator);
        }
        if (shape.unit() == Unit.DAYS) {
            return Reference.days(shape.key(), shape.meaning(), numerator, denominator);
        }
        return Reference.count(shape.key(), shape.meaning(), numerator);
    }

    private static Map<String, String> byCouncil() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String key : AdoptionYearFigures.QUARTERLY) {
            tables.put(key, null);
        }
        tables.put("waiting", AdoptionYearFigures.QUARTER_ENDS[3]);
        return tables;
    }
}
