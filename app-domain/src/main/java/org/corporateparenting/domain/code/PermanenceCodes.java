package org.corporateparenting.domain.code;

/**
 * The SSDA903 code lists of the adoption and permanence files: a previous permanence order (PrevPerm, PREV_PERM), why a
 * decision that a child should be placed for adoption was reversed (PlacedAdoption, REASON_PLACED_CEASED), and who
 * adopted a child (AD1: SEX_ADOPTR, LS_ADOPTR). The codes are those the open-source 903 validators accept; the word
 * for P4 is [unverified] against the year's guide and says so. The adopters' legal statuses are those the DfE's rules
 * 514 to 524 read: L0 single, L11 and L12 married (different and same sex), L2 civil partnership, L3 and L4 neither
 * (different and same sex).
 */
public final class PermanenceCodes {

    public static final CodeList PREVIOUS_PERMANENCE = CodeList.builder("PREV_PERM", "previous permanence option")
            .code("P1", "Adoption")
            .code("P2", "Special guardianship order")
            .code("P3", "Residence order or child arrangements order naming who the child lives with")
            .code("P4", "Another permanence order (wording unverified)")
            .code("Z1", "Not known, or no previous permanence order")
            .build();

    public static final CodeList REASON_PLACED_CEASED = CodeList.builder("REASON_PLACED_CEASED", "reason the decision was reversed")
            .code("RD1", "The child's needs changed after the decision")
            .code("RD2", "The court did not make a placement order")
            .code("RD3", "Prospective adopters could not be found")
            .code("RD4", "Any other reason")
            .build();

    public static final CodeList ADOPTERS_SEX = CodeList.builder("SEX_ADOPTR", "sex of the adopters")
            .code("M1", "A single man").code("F1", "A single woman").code("MM", "Two men").code("FF", "Two women")
            .code("MF", "A man and a woman")
            .build();

    public static final CodeList ADOPTERS_LEGAL_STATUS = CodeList.builder("LS_ADOPTR", "legal status of the adopters")
            .code("L0", "A single adopter")
            .code("L11", "A married couple of different sexes")
            .code("L12", "A married couple of the same sex")
            .code("L2", "A couple in a civil partnership")
            .code("L3", "A couple of different sexes, neither married nor in a civil partnership")
            .code("L4", "A couple of the same sex, neither married nor in a civil partnership")
            .build();

    private PermanenceCodes() {
    }
}
