package org.corporateparenting.domain.review;

/**
 * Stages of the IRO dispute resolution process (IRO Handbook 2010, ch. 6): an informal stage, then
 * formal stages addressed to ever more senior managers; a council sets what each stage means, the
 * end point beyond them is a referral to Cafcass.
 */
public enum EscalationStage {
    INFORMAL, STAGE_1, STAGE_2, STAGE_3, STAGE_4, STAGE_5
}
