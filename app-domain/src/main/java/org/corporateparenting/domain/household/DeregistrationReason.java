package org.corporateparenting.domain.household;

/** Why a household stopped fostering for the council: resignations and the service's own decisions. */
public enum DeregistrationReason {
    RESIGNED_RETIREMENT, RESIGNED_PERSONAL, TRANSFER_TO_OTHER_PROVIDER, SERVICE_TERMINATION, CHILD_RETURNED_HOME,
    CHILD_INDEPENDENT, SGO_GRANTED, ADOPTION_ORDER, DEATH, OTHER;

    /** Whether the carers chose to leave, as fostering reports count resignations apart. */
    public boolean isResignation() {
        return this == RESIGNED_RETIREMENT || this == RESIGNED_PERSONAL || this == TRANSFER_TO_OTHER_PROVIDER;
    }
}
