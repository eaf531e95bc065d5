package org.corporateparenting.domain.recruitment;

/** The stages of the recruitment pipeline, in order; an enquiry may close at any of them. */
public enum EnquiryStage {
    ENQUIRY, INITIAL_VISIT, ASSESSMENT, PANEL, APPROVED
}
