package org.corporateparenting.domain.code;

import java.util.Set;

/**
 * The SSDA903 OC3 code lists for care leavers, recorded around their 17th to 21st birthdays: whether
 * the council is in touch (IN_TOUCH), their main activity (ACTIV) and their accommodation (ACCOM: a type
 * letter followed by 1 when suitable, 2 when not). When IN_TOUCH is DIED or RHOM, ACTIV and ACCOM are
 * 0 (validation rule 344). The wording follows the open-source 903 validators; check it against the
 * year's guide [unverified].
 *
 * <p>ACTIV is F1, P1, F2, P2, F4, P4, F5, P5, G4, G5 or G6: F3 and P3 (training or employment) were withdrawn when
 * apprenticeships (F4, P4) and other training or employment (F5, P5) were split out, before the first year held here.
 * ACCOM S (no fixed abode) and X (in custody) are never suitable, so S1 and X1 are not valid from 2022-23 (the DfE's
 * rule 133 for that year on accepts S2 and X2 only).
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
            .code("F4", "Full-time in an apprenticeship").code("P4", "Part-time in an apprenticeship")
            .code("F5", "Full-time in training or employment other than an apprenticeship")
            .code("P5", "Part-time in training or employment other than an apprenticeship")
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

    /**
     * Activities counted as in education, employment or training: today's codes, and F3 and P3 (training or employment
     * before the DfE split them into apprenticeships, F4/P4, and other training or employment, F5/P5), which records
     * kept from earlier years still carry, so the history of the EET figures does not change with the code list.
     */
    public static final Set<String> EET = Set.of("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5");

    /** The first collection year in which accommodation S1 and X1 (suitable) are not valid. */
    private static final CollectionYear NEVER_SUITABLE_FROM = new CollectionYear(2022);

    /**
     * Whether an OC3 ACCOM value is valid in the year: an {@link #ACCOMMODATION} type letter then 1 (suitable) or 2 (not
     * suitable); from 2022-23 no fixed abode (S) and in custody (X) only as not suitable.
     */
    public static boolean isValidAccommodation(String value, CollectionYear year) {
        if (value == null || value.length() != 2 || !ACCOMMODATION.isValid(value.substring(0, 1), year)
                || "12".indexOf(value.charAt(1)) < 0) {
            return false;
        }
        boolean neverSuitable = value.equals("S1") || value.equals("X1");
        return !(neverSuitable && year.compareTo(NEVER_SUITABLE_FROM) >= 0);
    }

    /**
     * An OC3 ACCOM value in words, with the code beside it (the return carries the code): "C1" reads "C1 Community home
     * or other form of residential care (suitable)"; 1 is suitable, 2 not suitable. A value the list does not know is
     * given as it is; null reads "".
     */
    public static String accommodationWords(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String type = ACCOMMODATION.find(value.substring(0, 1)).map(Code::label).orElse(null);
        if (type == null || value.length() != 2 || "12".indexOf(value.charAt(1)) < 0) {
            return value;
        }
        return value + " " + type + (value.charAt(1) == '1' ? " (suitable)" : " (not suitable)");
    }

    private Oc3Codes() {
    }
}
