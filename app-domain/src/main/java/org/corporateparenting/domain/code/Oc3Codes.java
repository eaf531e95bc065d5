package org.corporateparenting.domain.code;

import java.util.Set;

/**
 * The SSDA903 OC3 code lists for care leavers, recorded around their 17th to 21st birthdays: whether
 * the council is in touch (IN_TOUCH), their main activity (ACTIV) and their accommodation (ACCOM: a type
 * letter followed by 1 when suitable, 2 when not). When IN_TOUCH is DIED or RHOM, ACTIV and ACCOM are
 * 0 (validation rule 344). The wording follows the open-source 903 validators; check it against the
 * year's guide [unverified].
 */
public final class Oc3Codes {

    public static final CodeList IN_TOUCH = CodeList.builder("IN_TOUCH", "in touch")
            .code("YES", "In touch").code("NO", "Not in touch").code("DIED", "Died")
            .code("REFU", "Young person refuses contact").code("NREQ", "No longer requires services")
            .code("RHOM", "Returned home to parents or someone with parental responsibility for 6 months or more")
            .build();

    public static final CodeList ACTIVITY = CodeList.builder("ACTIV", "activity")
            .code("F1", "Full-time in higher education").code("P1", "Part-time in higher education")
            .code("F2", "Full-time in education other than higher education")
            .code("P2", "Part-time in education other than higher education")
            .code("F3", "Full-time in training or employment").code("P3", "Part-time in training or employment")
            .code("G4", "Not in education, training or employment: illness or disability")
            .code("G5", "Not in education, training or employment: other reasons")
            .code("G6", "Not in education, training or employment: pregnancy or parenting")
            .build();

    public static final CodeList ACCOMMODATION = CodeList.builder("ACCOM", "accommodation type")
            .code("B", "With parents or relatives").code("C", "Community home or other form of residential care")
            .code("D", "Semi-independent, transitional accommodation").code("E", "Supported lodgings")
            .code("G", "Gone abroad").code("H", "Deported").code("K", "Ordinary lodgings, without formal support")
            .code("R", "Residence not known").code("S", "No fixed abode or homeless")
            .code("T", "Foyers and similar supported accommodation").code("U", "Independent living")
            .code("V", "Emergency accommodation").code("W", "Bed and breakfast").code("X", "In custody")
            .code("Y", "Other accommodation").code("Z", "With former foster carers")
            .build();

    /** Activities counted as in education, employment or training. */
    public static final Set<String> EET = Set.of("F1", "P1", "F2", "P2", "F3", "P3");

    private Oc3Codes() {
    }
}
