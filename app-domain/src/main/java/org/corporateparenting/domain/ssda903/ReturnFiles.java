package org.corporateparenting.domain.ssda903;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * The files of one collection year's return as rows, with the previous year's return where it is known (from the
 * records or a loaded file set) and the reference data a council has loaded. Rows are grouped by child once and the
 * groups kept, so that the whole rule set reads each file a few times, not once per rule and child.
 */
public final class ReturnFiles {

    private static final Comparator<ReturnRow> BY_START = Comparator
            .comparing((ReturnRow row) -> row.date("DECOM"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ReturnRow::row);

    private final CollectionYear year;
    private final Map<Table, List<ReturnRow>> current;
    private final Map<Table, List<ReturnRow>> last;
    private final ReferenceData reference;
    private final String council;
    private final Map<String, Map<String, List<ReturnRow>>> groups = new ConcurrentHashMap<>();

    private ReturnFiles(CollectionYear year, Map<Table, List<ReturnRow>> current, Map<Table, List<ReturnRow>> last,
            ReferenceData reference, String council) {
        this.year = year;
        this.current = current;
        this.last = last;
        this.reference = reference;
        this.council = council;
    }

    public static Builder of(CollectionYear year) {
        return new Builder(year);
    }

    public CollectionYear year() {
        return year;
    }

    /** The collection year's first day, 1 April. */
    public LocalDate start() {
        return year.start();
    }

    /** The collection year's last day, 31 March: the day ages and the return's states are taken on. */
    public LocalDate end() {
        return year.end();
    }

    public ReferenceData reference() {
        return reference;
    }

    /**
     * The council's own local authority code, in the form the episodes' PL_LA takes (such as E09000001): as given when
     * the files were loaded, else, since the files do not say which council sent them, the PL_LA most episodes placed
     * IN the council's area name (ties to the first named); null when neither is known.
     */
    public String ownAuthority() {
        if (council != null) {
            return council;
        }
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (ReturnRow row : rows(Table.EPISODES)) {
            if (row.in("PL_LOCATION", "IN") && row.has("PL_LA")) {
                int count = counts.merge(row.get("PL_LA"), 1, Integer::sum);
                if (best == null || count > counts.get(best)) {
                    best = row.get("PL_LA");
                }
            }
        }
        return best;
    }

    /** Whether the file was part of the return (a file with only its column names counts). */
    public boolean supplied(Table table) {
        return current.containsKey(table);
    }

    /** Whether the previous year's return is known. */
    public boolean hasLastYear() {
        return last != null;
    }

    /** The rows of this year's file, in file order; none when it was not supplied. */
    public List<ReturnRow> rows(Table table) {
        return current.getOrDefault(table, List.of());
    }

    /** The rows of the previous year's file; none when it is not known. */
    public List<ReturnRow> last(Table table) {
        return last == null ? List.of() : last.getOrDefault(table, List.of());
    }

    /** This year's rows of a file by child, children in the order they first appear. */
    public Map<String, List<ReturnRow>> byChild(Table table) {
        return groups.computeIfAbsent("current:" + table, key -> group(rows(table)));
    }

    /** The previous year's rows of a file by child. */
    public Map<String, List<ReturnRow>> lastByChild(Table table) {
        return groups.computeIfAbsent("last:" + table, key -> group(last(table)));
    }

    /** A child's rows in this year's file (none if the child has none). */
    public List<ReturnRow> of(Table table, String child) {
        return byChild(table).getOrDefault(child, List.of());
    }

    /** A child's header row, or null when the header does not list the child. */
    public ReturnRow header(String child) {
        List<ReturnRow> rows = of(Table.HEADER, child);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A child's episodes this year by start date (episodes without a real start date last, in file order). */
    public List<ReturnRow> episodes(String child) {
        return groups.computeIfAbsent("episodes", key -> sorted(byChild(Table.EPISODES)))
                .getOrDefault(child, List.of());
    }

    /** A child's episodes in the previous year's return, by start date. */
    public List<ReturnRow> lastEpisodes(String child) {
        return groups.computeIfAbsent("last-episodes", key -> sorted(lastByChild(Table.EPISODES)))
                .getOrDefault(child, List.of());
    }

    /** Whole years of age on a day; -1 when either date is unknown. */
    public static int age(LocalDate born, LocalDate on) {
        if (born == null || on == null) {
            return -1;
        }
        return Period.between(born, on).getYears();
    }

    private static Map<String, List<ReturnRow>> group(List<ReturnRow> rows) {
        Map<String, List<ReturnRow>> byChild = new LinkedHashMap<>();
        for (ReturnRow row : rows) {
            byChild.computeIfAbsent(row.child(), key -> new ArrayList<>()).add(row);
        }
        return byChild;
    }

    private static Map<String, List<ReturnRow>> sorted(Map<String, List<ReturnRow>> byChild) {
        Map<String, List<ReturnRow>> sorted = new LinkedHashMap<>();
        byChild.forEach((child, rows) -> {
            List<ReturnRow> copy = new ArrayList<>(rows);
            copy.sort(BY_START);
            sorted.put(child, List.copyOf(copy));
        });
        return sorted;
    }

    /** Builds the files row by row; row numbers are the caller's (a CSV file's start at 2). */
    public static final class Builder {

        private final CollectionYear year;
        private final Map<Table, List<ReturnRow>> current = new EnumMap<>(Table.class);
        private Map<Table, List<ReturnRow>> last;
        private ReferenceData reference = ReferenceData.NONE;
        private String council;

        private Builder(CollectionYear year) {
            this.year = year;
        }

        /** The file is part of the return, even with no rows. */
        public Builder supplied(Table table) {
            current.computeIfAbsent(table, key -> new ArrayList<>());
            return this;
        }

        public Builder row(Table table, int row, Map<String, String> values) {
            current.computeIfAbsent(table, key -> new ArrayList<>()).add(new ReturnRow(table, row, values));
            return this;
        }

        /** The previous year's return is known (perhaps without this file). */
        public Builder lastYearKnown() {
            if (last == null) {
                last = new EnumMap<>(Table.class);
            }
            return this;
        }

        public Builder lastRow(Table table, int row, Map<String, String> values) {
            lastYearKnown();
            last.computeIfAbsent(table, key -> new ArrayList<>()).add(new ReturnRow(table, row, values));
            return this;
        }

        public Builder reference(ReferenceData data) {
            this.reference = data;
            return this;
        }

        /** The council's own local authority code as PL_LA writes it (such as E09000001), when the caller knows it. */
        public Builder council(String code) {
            this.council = code == null || code.isBlank() ? null : code.trim();
            return this;
        }

        public ReturnFiles build() {
            Map<Table, List<ReturnRow>> now = new EnumMap<>(Table.class);
            current.forEach((table, rows) -> now.put(table, List.copyOf(rows)));
            Map<Table, List<ReturnRow>> before = null;
            if (last != null) {
                before = new EnumMap<>(Table.class);
                for (Map.Entry<Table, List<ReturnRow>> entry : last.entrySet()) {
                    before.put(entry.getKey(), List.copyOf(entry.getValue()));
                }
            }
            return new ReturnFiles(year, now, before, reference, council);
        }
    }
}
