package org.corporateparenting.domain.indicator;

/**
 * The council's local practice standards some indicators are measured against, where no national rule
 * sets the interval: how recently a care leaver must have been in touch (the council's contact standard,
 * {@code care.leaving.contact-days}), and how recently a foster household must have had a supervising
 * social worker's visit ({@code care.fostering.visit-days}; the Fostering Services NMS set no frequency).
 */
public record Standards(int contactDays, int visitDays) {

    public static final Standards DEFAULT = new Standards(56, 42);
}
