package org.corporateparenting.application.recruitment;

import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.domain.recruitment.EnquiryStage;

/**
 * The recruitment pipeline for enquiries received from {@code from} to {@code to}: how many reached each
 * stage, and the percentage of those reaching a stage that went on to the next (one decimal place).
 */
public record Pipeline(LocalDate from, LocalDate to, Map<EnquiryStage, Long> reached, Map<EnquiryStage, Double> conversion) {
}
