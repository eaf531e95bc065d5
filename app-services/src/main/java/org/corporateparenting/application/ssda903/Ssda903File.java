package org.corporateparenting.application.ssda903;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of the return and their columns, in the DfE's order, as the open-source 903 validators read them for every
 * year from 2017-18 (the layouts read here did not change in those years, as far as the validators show [unverified]);
 * social worker episodes are collected from 2023-24 and read when present. A file is known by the name written here
 * ({@code episodes.csv}), by that name after a prefix ({@code SSDA903_2024_episodes.csv}; the longest name that fits, so
 * {@code sw_episodes.csv} is not read as episodes), or else by its columns
 * (exactly a layout's columns, in any order), so a council's own file names do not matter.
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
    SOCIAL_WORKERS("sw_episodes.csv", List.of("CHILD", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"));

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

    /** The file a name and its column names (row 1) are, if any. */
    public static Optional<Ssda903File> identify(String name, List<String> firstRow) {
        String lower = name.toLowerCase(Locale.UK);
        Ssda903File byName = null;
        for (Ssda903File file : values()) {
            boolean named = lower.equals(file.fileName) || lower.endsWith("_" + file.fileName);
            if (named && (byName == null || file.fileName.length() > byName.fileName.length())) {
                byName = file;
            }
        }
        if (byName != null) {
            return Optional.of(byName);
        }
        for (Ssda903File file : values()) {
            if (new HashSet<>(firstRow).equals(new HashSet<>(file.columns))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
