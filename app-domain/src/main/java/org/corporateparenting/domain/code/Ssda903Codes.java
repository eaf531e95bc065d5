package org.corporateparenting.domain.code;

import java.util.List;
import java.util.Set;

/**
 * The SSDA903 code lists this system validates against, from the DfE's children looked after return
 * guidance as reproduced in the open-source 903 validators, from collection year 2017-18.
 *
 * <p>Changes across years, as chosen here:
 * <ul>
 * <li>PLACE: H5 (semi-independent living) and P2 (independent living) are withdrawn after 2022-23,
 * when supported accommodation for 16 and 17 year olds became Ofsted-regulated; K3 (registered
 * supported accommodation) and Z11 to Z14 are added from 2023-24. The issue that commissioned this list
 * states these changes; the wording of Z11 to Z14 is not in our reference material, so their labels
 * are neutral until checked against the 2023-24 guide [unverified].</li>
 * <li>SEX: the child's reported sex is coded 1 (male) and 2 (female) to 2023-24 and M, F and U (unknown) from
 * 2024-25, when the DfE's rule 101 became "The child or young person's reported sex is not valid" (the open-source
 * 903 validators' rule 101 for 2024-25 accepts M, F and U; rule 232, new in 2024-25, queries U).</li>
 * <li>REC: E43 and E44 (special guardianship, older codes) are replaced by E45 to E48 before 2017-18,
 * so only E45 to E48 are held.</li>
 * </ul>
 */
public final class Ssda903Codes {

    public static final CodeList REASON_NEW = CodeList.builder("RNE", "reason for new episode")
            .code("S", "Started to be looked after")
            .code("L", "Change of legal status only")
            .code("P", "Change of placement and carer(s) only")
            .code("T", "Change of both legal status and placement and carer(s) at the same time")
            .code("U", "Change of legal status and placement, carer(s) the same")
            .code("B", "Change of placement, carer(s) the same")
            .build();

    public static final CodeList LEGAL_STATUS = CodeList.builder("LS", "legal status")
            .code("C1", "Interim care order")
            .code("C2", "Full care order")
            .code("D1", "Freeing order granted")
            .code("E1", "Placement order granted")
            .code("J1", "Remanded to local authority accommodation or youth detention accommodation")
            .code("J2", "Placed in local authority accommodation under PACE")
            .code("J3", "Sentenced to a youth rehabilitation order with residence or fostering requirement")
            .code("L1", "Under police protection and in local authority accommodation")
            .code("L2", "Emergency protection order")
            .code("L3", "Under child assessment order and in local authority accommodation")
            .code("V2", "Single period of accommodation under section 20")
            .code("V3", "Accommodated under an agreed series of short-term breaks (single placement)")
            .code("V4", "Accommodated under an agreed series of short-term breaks (multiple placements)")
            .build();

    public static final CodeList CATEGORY_OF_NEED = CodeList.builder("CIN", "category of need")
            .code("N1", "Abuse or neglect")
            .code("N2", "Child's disability")
            .code("N3", "Parental illness or disability")
            .code("N4", "Family in acute stress")
            .code("N5", "Family dysfunction")
            .code("N6", "Socially unacceptable behaviour")
            .code("N7", "Low income")
            .code("N8", "Absent parenting")
            .build();

    /**
     * PLACE by collection year, as the DfE's rule lists show it: independent living (P2) and semi-independent living
     * (H5) are last valid in 2023-24 (the ban on unregulated placements for under-16s took effect on 28 October 2023
     * and rule 230 asks H5 placements from that day for their Ofsted URN); registered supported accommodation (K3)
     * from 2024-25, when rule 371 first speaks of supported accommodation; "other placements" Z1 until 2024-25 and its
     * split into Z11-Z14 from 2025-26. Validity is by the collection year an episode starts in (a P2 episode begun
     * between 28 October 2023 and 31 March 2024 is accepted: the lists are yearly, and the DfE's own rules judge it).
     */
    public static final CodeList PLACEMENT_TYPE = CodeList.builder("PLACE", "placement type")
            .code("A3", "Placed for adoption with consent with current foster carer(s)")
            .code("A4", "Placed for adoption with consent, not with current foster carer(s)")
            .code("A5", "Placed for adoption with a placement order with current foster carer(s)")
            .code("A6", "Placed for adoption with a placement order, not with current foster carer(s)")
            .until(2023, "H5", "Semi-independent living accommodation not subject to children's homes regulations")
            .code("K1", "Secure children's home")
            .code("K2", "Children's home subject to children's homes regulations")
            .since(2024, "K3", "Supported accommodation registered with Ofsted")
            .code("P1", "Placed with own parent(s) or other person(s) with parental responsibility")
            .until(2023, "P2", "Independent living")
            .code("P3", "Residential employment")
            .code("R1", "Residential care home")
            .code("R2", "NHS or health trust or other establishment providing medical or nursing care")
            .code("R3", "Family centre or mother and baby unit")
            .code("R5", "Young offender institution or prison")
            .code("S1", "All residential schools, except where dual-registered as a school and children's home")
            .code("T0", "Temporary placement: all types of temporary move")
            .code("T1", "Temporary periods in hospital")
            .code("T2", "Temporary absences of the child on holiday")
            .code("T3", "Temporary accommodation whilst normal foster carer(s) is/are on holiday")
            .code("T4", "Temporary accommodation of seven days or less")
            .code("U1", "Foster placement with relative or friend, long term fostering")
            .code("U2", "Foster placement with relative or friend, not long term or foster for adoption")
            .code("U3", "Foster placement with relative or friend, foster for adoption or concurrent planning")
            .code("U4", "Foster placement with other foster carer, long term fostering")
            .code("U5", "Foster placement with other foster carer, not long term or foster for adoption")
            .code("U6", "Foster placement with other foster carer, foster for adoption or concurrent planning")
            .until(2024, "Z1", "Other placements")
            .since(2025, "Z11", "Other placement (code Z11, replacing Z1)")
            .since(2025, "Z12", "Other placement (code Z12, replacing Z1)")
            .since(2025, "Z13", "Other placement (code Z13, replacing Z1)")
            .since(2025, "Z14", "Other placement (code Z14, replacing Z1)")
            .build();

    public static final CodeList PLACEMENT_PROVIDER = CodeList.builder("PLACE_PROVIDER", "placement provider")
            .code("PR0", "Parent(s) or other person(s) with parental responsibility")
            .code("PR1", "Own provision (by the council)")
            .code("PR2", "Other local authority provision")
            .code("PR3", "Other public provision (for example a primary care trust)")
            .code("PR4", "Private provision")
            .code("PR5", "Voluntary or third sector provision")
            .build();

    public static final CodeList REASON_CEASED = CodeList.builder("REC", "reason episode ceased")
            .code("X1", "Episode ceases, and new episode begins on same day, for any reason")
            .code("E11", "Adopted: application for an adoption order unopposed")
            .code("E12", "Adopted: consent dispensed with by the court")
            .code("E13", "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility")
            .code("E14", "Accommodation on remand ended")
            .code("E15", "Age assessment determined child is aged 18 or over")
            .code("E16", "Child moved abroad")
            .code("E17", "Aged 18 or over and remained with current carers (including staying put)")
            .code("E2", "Died")
            .code("E3", "Care taken over by another local authority in the UK")
            .code("E41", "Residence order or child arrangements order granted")
            .code("E45", "Special guardianship order made to former foster carer(s), who were relatives or friends")
            .code("E46", "Special guardianship order made to former foster carer(s), other than relatives or friends")
            .code("E47", "Special guardianship order made to carer(s), other than former foster carer(s), who were relatives or friends")
            .code("E48", "Special guardianship order made to carer(s), other than former foster carer(s), other than relatives or friends")
            .code("E4A", "Returned home to live with parent(s) or other person(s) with parental responsibility as part of the care planning process")
            .code("E4B", "Returned home to live with parent(s) or other person(s) with parental responsibility not as part of the care planning process")
            .code("E5", "Moved into independent living arrangement with supportive accommodation")
            .code("E6", "Moved into independent living arrangement without formalised support")
            .code("E7", "Transferred to residential care funded by adult social care services")
            .code("E8", "Period of being looked after ceased for any other reason")
            .code("E9", "Sentenced to custody")
            .build();

    public static final CodeList REASON_PLACE_CHANGE = CodeList.builder("REASON_PLACE_CHANGE", "reason for placement change")
            .code("ALLEG", "Allegation (section 47)")
            .code("APPRR", "Approval removed")
            .code("CARPL", "Change to or implementation of the care plan")
            .code("CLOSE", "Resignation or closure of provision")
            .code("CREQB", "Carer requests placement end due to child's behaviour")
            .code("CREQO", "Carer requests placement end, other than due to child's behaviour")
            .code("CHILD", "Child requests placement end")
            .code("CUSTOD", "Custody arrangement")
            .code("LAREQ", "Responsible or area authority requests placement end")
            .code("PLACE", "Change in the status of the placement only")
            .code("STAND", "Standards of care concern")
            .code("OTHER", "Other")
            .build();

    public static final CodeList ETHNICITY = CodeList.builder("ETHNIC", "ethnicity")
            .code("WBRI", "White British").code("WIRI", "White Irish").code("WOTH", "Any other White background")
            .code("WIRT", "Traveller of Irish heritage").code("WROM", "Gypsy/Roma")
            .code("MWBC", "White and Black Caribbean").code("MWBA", "White and Black African")
            .code("MWAS", "White and Asian").code("MOTH", "Any other mixed background")
            .code("AIND", "Indian").code("APKN", "Pakistani").code("ABAN", "Bangladeshi").code("AOTH", "Any other Asian background")
            .code("BCRB", "Caribbean").code("BAFR", "African").code("BOTH", "Any other Black background")
            .code("CHNE", "Chinese").code("OOTH", "Any other ethnic group")
            .code("REFU", "Refused").code("NOBT", "Information not yet obtained")
            .build();

    /** The child's reported sex (Header and UASC, SEX): 1 and 2 to 2023-24, M, F and U from 2024-25. */
    public static final CodeList SEX = CodeList.builder("SEX", "sex")
            .until(2023, "1", "Male (coded 1 to 2023-24)")
            .until(2023, "2", "Female (coded 2 to 2023-24)")
            .since(2024, "M", "Male")
            .since(2024, "F", "Female")
            .since(2024, "U", "Unknown")
            .build();

    /** How the child took part in a looked-after review (SSDA903 Reviews file, REVIEW_CODE). */
    public static final CodeList PARTICIPATION = CodeList.builder("REVIEW_CODE", "review participation")
            .code("PN0", "Child aged under 4 at the time of the review")
            .code("PN1", "Child physically attends and speaks for him or herself")
            .code("PN2", "Child physically attends and an advocate speaks on his or her behalf")
            .code("PN3", "Child attends and conveys his or her view symbolically (non-verbally)")
            .code("PN4", "Child physically attends but does not speak, convey a view symbolically or ask an advocate to speak")
            .code("PN5", "Child does not attend physically but briefs an advocate to speak for him or her")
            .code("PN6", "Child does not attend but conveys his or her feelings by a facilitative medium")
            .code("PN7", "Child does not attend nor are his or her views conveyed to the review")
            .build();

    /** Why a child's social worker changed (SSDA903 SWEpisodes, SW_REASON, collected from 2023-24); words [unverified]. */
    public static final CodeList SOCIAL_WORKER_CHANGE = CodeList.builder("SW_REASON", "reason the social worker changed")
            .since(2023, "MANAGE", "Management decision on caseloads")
            .since(2023, "FCONTA", "The worker's fixed-term contract ended")
            .since(2023, "LEFTRL", "The worker left the role")
            .since(2023, "ORGRST", "Restructure of the organisation")
            .since(2023, "TSPROC", "Transfer between teams as part of the usual process")
            .since(2023, "ABSENC", "The worker's absence")
            .since(2023, "CHCHAN", "The child asked for a change")
            .since(2023, "PCCHAN", "The parent or carer asked for a change")
            .since(2023, "SWDIED", "The worker died")
            .since(2023, "OTHERS", "Other")
            .build();

    /** Placement types that are placed for adoption (A3 to A6: with consent or a placement order, with or without current carers). */
    public static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

    /**
     * Placements with no Ofsted URN (not Ofsted-registered): with parents, residential employment, residential care
     * homes, NHS establishments, custody, temporary placements and other placements (Z1 to 2024-25, Z11 to Z14 from
     * 2025-26; a return holds only one year's codes, so one set serves every year). Every other placement in England
     * gives the URN of its provider (the home, or the fostering or adoption agency).
     */
    public static final Set<String> PLACEMENTS_WITHOUT_URN = Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3",
            "T4", "Z1", "Z11", "Z12", "Z13", "Z14");

    /** Whether the child was missing or away from placement without authorisation (SSDA903 Missing file, MISSING). */
    public static final CodeList MISSING = CodeList.builder("MISSING", "missing or away")
            .code("M", "Missing")
            .code("A", "Away from placement without authorisation")
            .build();

    /** Every list, for the code-list API and the import's column checks. */
    public static final List<CodeList> ALL = List.of(REASON_NEW, LEGAL_STATUS, CATEGORY_OF_NEED, PLACEMENT_TYPE,
            PLACEMENT_PROVIDER, REASON_CEASED, REASON_PLACE_CHANGE, ETHNICITY, SEX, PARTICIPATION, SOCIAL_WORKER_CHANGE,
            PermanenceCodes.PREVIOUS_PERMANENCE, PermanenceCodes.REASON_PLACED_CEASED, PermanenceCodes.ADOPTERS_SEX,
            PermanenceCodes.ADOPTERS_LEGAL_STATUS, Oc2Codes.SDQ_REASON);

    private Ssda903Codes() {
    }
}
