package org.corporateparenting.application.ssda903;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files of the return and their columns, in the DfE's order, as the open-source 903 validators read them for every
 * year from 2017-18 (the layouts read here did not change in those years, as far as the validators show [unverified]);
 * social worker episodes are collected from 2023-24 and read when present. A file is known by the name written here
 * ({@code episodes.csv}), by that name after a prefix ({@code SSDA903_2024_episodes.csv}; the longest name that fits, so
 * {@code sw_episodes.csv} is not read as episodes), by an XML return's table of that name
 * ({@code return.xml#episodes.csv}, {@link Ssda903Xml}), or else by its columns
 * (exactly a layout's columns, in any order), so a council's own file names do not matter. {@code sw_episodes.csv} has the
 * standard layout's DOB column (written from 2023-24), and a file without it is still read.
 */
public enum Ssda903File {
    HEADER("header.csv", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
    EPISODES("episodes.csv", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN")),
    UASC("uasc.csv", List.of("CHILD", "SEX", "DOB", "DUC")),
    REVIEWS("reviews.csv", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE")),
    OC2("oc2.csv", List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")),
    OC3("oc3.csv", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")),
    AD1("ad1.csv", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")),
    PLACED_ADOPTION("placed_adoption.csv", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")),
    PREVIOUS_PERMANENCE("prev_perm.csv", List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM")),
    MISSING("missing.csv", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END")),
    SOCIAL_WORKERS("sw_episodes.csv", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"));

    /** Columns a file may leave out: sw_episodes.csv files written before its DOB column was added. */
    private static final Set<String> OPTIONAL_SW = Set.of("DOB");

    private final String fileName;
    private final List<String> columns;

    Ssda903File(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** Whether the file may leave the column out (it is read as blank). */
    public boolean optional(String column) {
        return this == SOCIAL_WORKERS && OPTIONAL_SW.contains(column);
    }

    /** The columns the file must have. */
    public List<String> required() {
        return columns.stream().filter(c -> !optional(c)).toList();
    }

    /** The file a name and its column names (row 1) are, if any. */
    public static Optional<Ssda903File> identify(String name, List<String> firstRow) {
        String lower = name.toLowerCase(Locale.UK);
        Ssda903File byName = null;
        for (Ssda903File file : values()) {
            boolean named = lower.equals(file.fileName) || lower.endsWith("_" + file.fileName) || lower.endsWith("#" + file.fileName);
            if (named && (byName == null || file.fileName.length() > byName.fileName.length())) {
                byName = file;
            }
        }
        if (byName != null) {
            return Optional.of(byName);
        }
        for (Ssda903File file : values()) {
            if (new HashSet<>(firstRow).equals(new HashSet<>(file.columns)) || new HashSet<>(firstRow).equals(new HashSet<>(file.required()))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
