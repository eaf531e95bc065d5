package org.corporateparenting.domain.indicator;

import java.util.Map;

/**
 * Each indicator's number, as the board refers to it on screen, in the pack and in the minutes ("4.3"): the area's place
 * in the pack ({@link Area}, from 1) and the indicator's place in its area when it was numbered. Written once here, beside
 * the definitions, and never renumbered: a number stays with its indicator when others are added or withdrawn, so the
 * minutes of an earlier meeting still point at the same figure. A new indicator takes the next free number of its area;
 * a withdrawn one's number is not given to another.
 */
public final class IndicatorNumbers {

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("CIC_COUNT", "1.1"),
            Map.entry("CIC_RATE", "1.2"),
            Map.entry("CIC_UASC_COUNT", "1.3"),
            Map.entry("CIC_UASC_PCT", "1.4"),
            Map.entry("CIC_STARTS", "1.5"),
            Map.entry("CIC_CEASED", "1.6"),
            Map.entry("CL_COUNT", "1.7"),
            Map.entry("CL_RECEIVING_SERVICE", "1.8"),
            Map.entry("HLT_IHA_20D", "2.1"),
            Map.entry("HLT_RHA_ONTIME_12M", "2.2"),
            Map.entry("HLT_HA_UPTODATE", "2.3"),
            Map.entry("HLT_DENTAL_12M", "2.4"),
            Map.entry("HLT_DENTAL_UPTODATE", "2.5"),
            Map.entry("HLT_IMMS_ALL", "2.6"),
            Map.entry("HLT_IMMS_12M", "2.7"),
            Map.entry("EWB_SDQ_COMPLETED", "3.1"),
            Map.entry("EWB_SDQ_AVG_SCORE", "3.2"),
            Map.entry("SAF_MISSING_ANY", "4.1"),
            Map.entry("SAF_MISSING_REPEAT", "4.2"),
            Map.entry("SAF_FC_ALLEGATIONS_MONTH", "4.3"),
            Map.entry("SAF_FC_ALLEGATIONS_R12", "4.4"),
            Map.entry("SAF_FC_ALLEGATIONS_SUBST", "4.5"),
            Map.entry("SAF_IRO_ESCALATIONS", "4.6"),
            Map.entry("PLC_FOSTER_PCT", "5.1"),
            Map.entry("PLC_FOSTER_COUNT", "5.2"),
            Map.entry("PLC_STAB_3PLUS", "5.3"),
            Map.entry("PLC_STAB_LONGTERM", "5.4"),
            Map.entry("PLC_COMMISSIONED_PCT", "5.5"),
            Map.entry("PLC_PRIVATE_PROVISION_PCT", "5.6"),
            Map.entry("PLC_UNREGULATED_COUNT", "5.7"),
            Map.entry("PLC_WITH_PARENTS_PCT", "5.8"),
            Map.entry("PLC_WITH_PARENTS_COUNT", "5.9"),
            Map.entry("PLC_FAMILY_BASED_PCT", "5.10"),
            Map.entry("EDU_EHCP_PCT", "6.1"),
            Map.entry("EDU_PEP_20D", "6.2"),
            Map.entry("EDU_PEP_HAS", "6.3"),
            Map.entry("EDU_PEP_UPTODATE", "6.4"),
            Map.entry("EDU_ATTENDANCE", "6.5"),
            Map.entry("EDU_UNAUTH_ABSENCE", "6.6"),
            Map.entry("EDU_FTE_MONTH_12M", "6.7"),
            Map.entry("EDU_SUSPENSION_AYTD", "6.8"),
            Map.entry("EDU_REDUCED_TIMETABLE", "6.9"),
            Map.entry("EDU_NEET", "6.10"),
            Map.entry("PERM_LTF_ACHIEVED", "7.1"),
            Map.entry("PERM_RETURN_HOME_R6", "7.2"),
            Map.entry("PERM_SGO", "7.3"),
            Map.entry("PERM_ADOPTION", "7.4"),
            Map.entry("PERM_CEASED_PERMANENCE", "7.5"),
            Map.entry("FC_HOUSEHOLDS", "8.1"),
            Map.entry("FC_MAINSTREAM_HOUSEHOLDS", "8.2"),
            Map.entry("FC_CONNECTED_HOUSEHOLDS", "8.3"),
            Map.entry("FC_CIC_MAINSTREAM_INHOUSE", "8.4"),
            Map.entry("FC_CIC_CONNECTED_INHOUSE", "8.5"),
            Map.entry("FC_APPLICANTS_IN_ASSESSMENT", "8.6"),
            Map.entry("FC_NEW_MAINSTREAM", "8.7"),
            Map.entry("FC_NEW_CONNECTED", "8.8"),
            Map.entry("FC_NEW_FTA", "8.9"),
            Map.entry("FC_NEW_TEMPORARY", "8.10"),
            Map.entry("FC_RECRUITED_TOTAL", "8.11"),
            Map.entry("FC_DEREGISTERED", "8.12"),
            Map.entry("FC_RESIGNED", "8.13"),
            Map.entry("FC_DEREG_RESIGNED_MAINSTREAM", "8.14"),
            Map.entry("FC_DEREG_RESIGNED_CONNECTED", "8.15"),
            Map.entry("FC_DEREG_RESIGNED_FTA", "8.16"),
            Map.entry("FC_UTILISATION_MAINSTREAM", "8.17"),
            Map.entry("FC_VISITS_UPTODATE", "8.18"),
            Map.entry("ADO_ORDERS_MONTH", "9.1"),
            Map.entry("ADO_ADOPTED_R12", "9.2"),
            Map.entry("ADO_PLACED_PENDING_AO", "9.3"),
            Map.entry("ADO_MATCHED_MONTH", "9.4"),
            Map.entry("ADO_FAMILY_FINDING", "9.5"),
            Map.entry("ADO_PO_REVOKED_R12", "9.6"),
            Map.entry("ADO_A10_DAYS", "9.7"),
            Map.entry("ADO_A1_DAYS", "9.8"),
            Map.entry("ADO_A2_DAYS", "9.9"),
            Map.entry("ADO_ADOPTERS_APPROVED", "9.10"),
            Map.entry("ADO_ADOPTERS_IN_ASSESSMENT", "9.11"),
            Map.entry("ADO_WITHIN_12M_SHOBPA_COUNT", "9.12"),
            Map.entry("ADO_WITHIN_12M_SHOBPA_PCT", "9.13"),
            Map.entry("CL_PATHWAY_PLAN_UPTODATE", "10.1"),
            Map.entry("CL_PATHWAY_PLAN_HAS", "10.2"),
            Map.entry("CL_SUITABLE_ACCOM", "10.3"),
            Map.entry("CL_EET", "10.4"),
            Map.entry("CL_IN_TOUCH", "10.5"),
            Map.entry("CL_UNSUITABLE_COUNT", "10.6"),
            Map.entry("CL_BANDB_COUNT", "10.7"),
            Map.entry("CL_EET_OC3", "10.8"),
            Map.entry("CL_HEALTH_PASSPORT_DUE", "10.9"),
            Map.entry("CL_HEALTH_PASSPORT_DONE", "10.10"),
            Map.entry("REV_CLA_REVIEWS_TIMELY", "11.1"));

    private IndicatorNumbers() {
    }

    /** The indicator's number ("4.3"), or null for a code that has none. */
    public static String of(String code) {
        return NUMBERS.get(code);
    }

    /** Every number given, by code. */
    public static Map<String, String> all() {
        return NUMBERS;
    }
}
