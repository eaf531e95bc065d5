package org.corporateparenting.application.ssda903;

import java.util.List;

/**
 * The files of the return written here and their columns, in the DfE's order (as the open-source 903
 * validators read them for 2023-24). OC2, AD1, placed for adoption, previous permanence and social
 * worker episodes are not written yet.
 */
public enum Ssda903File {
    HEADER("header.csv", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
    EPISODES("episodes.csv", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN")),
    UASC("uasc.csv", List.of("CHILD", "SEX", "DOB", "DUC")),
    REVIEWS("reviews.csv", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE")),
    OC3("oc3.csv", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")),
    MISSING("missing.csv", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"));

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
}
