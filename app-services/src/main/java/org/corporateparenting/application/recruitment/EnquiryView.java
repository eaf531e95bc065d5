package org.corporateparenting.application.recruitment;

import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.recruitment.EnquiryStage;

/** An enquiry, the stages it reached with their dates, whether and why it closed, and who last changed it. */
public record EnquiryView(long id, int version, String enquiryRef, String source, EnquiryStage stage,
        Map<EnquiryStage, LocalDate> stages, LocalDate closedOn, String closedReason, LastChange lastChange) {
}
