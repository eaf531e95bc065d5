package org.corporateparenting.domain.ssda903;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * The DfE's validation rules of the 903 return as published for each collection year: code, message, fields and
 * files, read from {@code ssda903-rules/YYYY-YY.tsv} (the rule lists as the open-source 903 validators used by English
 * councils carry them, 2022-23 to 2026-27). A year before the first list is checked by the first list's rules, a year
 * after the last by the last's, and the report says which list was used.
 */
public final class RuleBook {

    private static final int FIRST = 2022;
    private static final int LAST = 2026;
    private static final RuleBook DFE = read();

    private final Map<Integer, Map<String, Entry>> years;

    private RuleBook(Map<Integer, Map<String, Entry>> years) {
        this.years = years;
    }

    /** The DfE's rule lists shipped with the system. */
    public static RuleBook dfe() {
        return DFE;
    }

    /**
     * One rule as a year's list has it. {@code tables} are this year's files it reads, {@code lastYear} whether it reads
     * the previous year's return, {@code providers} whether it reads the Ofsted provider list.
     */
    public record Entry(String code, String message, List<String> fields, Set<Table> tables, boolean lastYear,
            boolean providers) {

        /** What the rule needs beyond this year's files, as its list says. */
        public Set<Need> needs() {
            Set<Need> needs = EnumSet.noneOf(Need.class);
            if (lastYear) {
                needs.add(Need.PREVIOUS_YEAR);
            }
            if (providers) {
                needs.add(Need.PROVIDERS);
            }
            return needs;
        }
    }

    /** The collection year whose list checks a return of the given year. */
    public CollectionYear listFor(CollectionYear year) {
        return new CollectionYear(Math.max(FIRST, Math.min(LAST, year.startYear())));
    }

    /** The rules of a year's list, in the list's order. */
    public List<Entry> rules(CollectionYear year) {
        return List.copyOf(years.get(listFor(year).startYear()).values());
    }

    public Optional<Entry> entry(CollectionYear year, String code) {
        return Optional.ofNullable(years.get(listFor(year).startYear()).get(code));
    }

    /** The years whose lists are held. */
    public List<CollectionYear> years() {
        return years.keySet().stream().map(CollectionYear::new).toList();
    }

    private static RuleBook read() {
        Map<Integer, Map<String, Entry>> years = new TreeMap<>();
        for (int year = FIRST; year <= LAST; year++) {
            String name = "ssda903-rules/" + new CollectionYear(year).label() + ".tsv";
            years.put(year, Collections.unmodifiableMap(readYear(name)));
        }
        return new RuleBook(Collections.unmodifiableMap(years));
    }

    private static Map<String, Entry> readYear(String resource) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The 903 rule list " + resource + " is missing from the build.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    Entry entry = entry(line.split("\t", -1));
                    entries.put(entry.code(), entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(String[] columns) {
        List<String> fields = new ArrayList<>();
        for (String field : columns[2].split(";")) {
            if (!field.isBlank()) {
                fields.add(field.trim());
            }
        }
        Set<Table> tables = EnumSet.noneOf(Table.class);
        boolean lastYear = false;
        boolean providers = false;
        for (String name : columns[3].split(";")) {
            String table = name.trim();
            if (table.endsWith("_last")) {
                lastYear = true;
                table = table.substring(0, table.length() - "_last".length());
            }
            if (table.equalsIgnoreCase("Provider Info")) {
                providers = true;
            }
            String singular = table.endsWith("s") && Table.named(table).isEmpty() ? table.substring(0, table.length() - 1) : table;
            Table.named(singular).ifPresent(tables::add);
        }
        return new Entry(columns[0].trim(), columns[1].trim(), List.copyOf(fields), tables, lastYear, providers);
    }
}
