package org.corporateparenting.domain.ssda903;

import java.util.Locale;
import java.util.Optional;

/**
 * The files of an SSDA903 return as the DfE's rules name them (Header, Episodes, ... in the rule lists), with the CSV
 * file name this system reads and writes. DoLo (deprivation of liberty orders) is collected from 2026-27.
 */
public enum Table {
    HEADER("Header", "header.csv"),
    EPISODES("Episodes", "episodes.csv"),
    UASC("UASC", "uasc.csv"),
    REVIEWS("Reviews", "reviews.csv"),
    OC2("OC2", "oc2.csv"),
    OC3("OC3", "oc3.csv"),
    AD1("AD1", "ad1.csv"),
    PLACED_ADOPTION("PlacedAdoption", "placed_adoption.csv"),
    PREV_PERM("PrevPerm", "prev_perm.csv"),
    MISSING("Missing", "missing.csv"),
    SW_EPISODES("SWEpisodes", "sw_episodes.csv"),
    DOLO("DoLo", "dolo.csv");

    private final String ruleName;
    private final String fileName;

    Table(String ruleName, String fileName) {
        this.ruleName = ruleName;
        this.fileName = fileName;
    }

    /** The name the DfE's rule lists use, such as {@code PlacedAdoption}. */
    public String ruleName() {
        return ruleName;
    }

    public String fileName() {
        return fileName;
    }

    /** The table a rule list's name means (case as the lists spell it, or not: one list has {@code MIssing}). */
    public static Optional<Table> named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Table table : values()) {
            if (table.ruleName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
