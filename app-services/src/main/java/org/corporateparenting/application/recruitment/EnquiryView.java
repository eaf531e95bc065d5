package org.corporateparenting.application.recruitment;

import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.domain.recruitment.EnquiryStage;

/** An enquiry, the stages it reached with their dates, and whether and why it closed. */
public record EnquiryView(long id, int version, String enquiryRef, String source, EnquiryStage stage,
        Map<EnquiryStage, LocalDate> stages, LocalDate closedOn, String closedReason) {
}
