package org.corporateparenting.domain.child;

import java.time.LocalDate;

/** What a person records about who a child is; field names are the ones rule violations name. */
public record ChildDetails(String childRef, String forename, String surname, String sex, LocalDate dateOfBirth,
        String ethnicity, String upn, String homePostcode, String nhsNumber) {

    public static ChildDetails of(Child child) {
        return new ChildDetails(child.getChildRef(), child.getForename(), child.getSurname(), child.getSex(),
                child.getDateOfBirth(), child.getEthnicity(), child.getUpn(), child.getHomePostcode(),
                child.getNhsNumber());
    }
}
