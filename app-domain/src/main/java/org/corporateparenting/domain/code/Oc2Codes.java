package org.corporateparenting.domain.code;

/**
 * The SSDA903 OC2 code list for why a child has no strengths and difficulties questionnaire score (SDQ_REASON), as
 * the open-source 903 validators accept it; the words follow the DfE guide as far as known here [unverified].
 */
public final class Oc2Codes {

    public static final CodeList SDQ_REASON = CodeList.builder("SDQ_REASON", "reason for no SDQ score")
            .code("SDQ1", "The child was under 4 or over 16 when it was due")
            .code("SDQ2", "The carer refused to complete and return the questionnaire")
            .code("SDQ3", "Not possible because of the severity of the child's disability")
            .code("SDQ4", "Other")
            .code("SDQ5", "The child or young person refused to allow it")
            .build();

    private Oc2Codes() {
    }
}
