package org.corporateparenting.domain.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A national code list: its SSDA903 field name and its codes with their years of validity.
 * Build one with {@link #builder(String, String)}.
 */
public final class CodeList {

    private final String field;
    private final String title;
    private final Map<String, Code> codes;

    private CodeList(String field, String title, Map<String, Code> codes) {
        this.field = field;
        this.title = title;
        this.codes = codes;
    }

    public static Builder builder(String field, String title) {
        return new Builder(field, title);
    }

    /** The SSDA903 column this list is for, such as {@code PLACE}. */
    public String field() {
        return field;
    }

    public String title() {
        return title;
    }

    /**
     * Whether the code is valid in the year. Years before {@link CollectionYear#FIRST} are judged by the
     * first year's list: children in care for many years have episodes that began before it.
     */
    public boolean isValid(String value, CollectionYear year) {
        Code code = codes.get(value);
        return code != null && code.validIn(heldYear(year));
    }

    private static CollectionYear heldYear(CollectionYear year) {
        return year.compareTo(CollectionYear.FIRST) < 0 ? CollectionYear.FIRST : year;
    }

    public Optional<Code> find(String value) {
        return Optional.ofNullable(codes.get(value));
    }

    /** The codes valid in the given year, in the guidance's order. */
    public List<Code> codesIn(CollectionYear year) {
        return codes.values().stream().filter(c -> c.validIn(heldYear(year))).toList();
    }

    /** Why a value is not valid in a year, in words a practitioner can act on. */
    public String explain(String value, CollectionYear year) {
        Code code = codes.get(value);
        if (code == null) {
            return "'" + value + "' is not a " + title + " code.";
        }
        if (year.compareTo(code.firstYear()) < 0) {
            return title + " code " + value + " is valid only from " + code.firstYear() + ", not in " + year + ".";
        }
        return title + " code " + value + " was withdrawn after " + code.lastYear() + ", so it is not valid in " + year + ".";
    }

    /** Collects codes in order; {@code since}/{@code until} give the years of validity. */
    public static final class Builder {
        private final String field;
        private final String title;
        private final List<Code> codes = new ArrayList<>();

        private Builder(String field, String title) {
            this.field = field;
            this.title = title;
        }

        public Builder code(String value, String label) {
            return code(value, label, CollectionYear.FIRST, null);
        }

        public Builder since(int startYear, String value, String label) {
            return code(value, label, new CollectionYear(startYear), null);
        }

        public Builder until(int lastStartYear, String value, String label) {
            return code(value, label, CollectionYear.FIRST, new CollectionYear(lastStartYear));
        }

        private Builder code(String value, String label, CollectionYear from, CollectionYear to) {
            codes.add(new Code(value, label, from, to));
            return this;
        }

        public CodeList build() {
            Map<String, Code> byValue = new LinkedHashMap<>();
            codes.forEach(code -> {
                if (byValue.put(code.value(), code) != null) {
                    throw new IllegalStateException(field + " lists " + code.value() + " twice");
                }
            });
            return new CodeList(field, title, byValue);
        }
    }
}
