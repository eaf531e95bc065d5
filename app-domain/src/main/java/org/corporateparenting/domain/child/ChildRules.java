package org.corporateparenting.domain.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.Reference;

/**
 * The rules a child's identifying details keep (SSDA903 header): a child reference of up to 10
 * characters, names, sex 1 or 2, a date of birth not in the future, an ethnicity code from the
 * current list, a unique pupil number of 13 characters (a check letter, 11 digits and a digit or a
 * letter for a temporary number), a UK postcode, and an NHS number of ten digits whose last is the
 * modulus 11 check digit of the first nine (NHS Data Dictionary).
 */
public final class ChildRules {

    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    private ChildRules() {
    }

    public static List<FieldError> check(ChildDetails d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!Reference.CHILD.fits(d.childRef())) {
            errors.add(new FieldError("childRef", Reference.CHILD.rule()));
        }
        name("forename", "Forename", d.forename(), errors);
        name("surname", "Surname", d.surname(), errors);
        if (!"1".equals(d.sex()) && !"2".equals(d.sex())) {
            errors.add(new FieldError("sex", "Sex must be 1 (male) or 2 (female), as in SSDA903."));
        }
        if (d.dateOfBirth() == null) {
            errors.add(new FieldError("dateOfBirth", "Date of birth is required."));
        } else if (d.dateOfBirth().isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "Date of birth cannot be in the future."));
        } else if (d.dateOfBirth().isBefore(today.minusYears(26))) {
            errors.add(new FieldError("dateOfBirth", "Date of birth is more than 26 years ago: check it."));
        }
        if (d.ethnicity() == null || !Ssda903Codes.ETHNICITY.isValid(d.ethnicity(), CollectionYear.containing(today))) {
            errors.add(new FieldError("ethnicity", d.ethnicity() == null ? "Choose an ethnicity."
                    : Ssda903Codes.ETHNICITY.explain(d.ethnicity(), CollectionYear.containing(today))));
        }
        if (d.upn() != null && !d.upn().isBlank() && !UPN.matcher(d.upn()).matches()) {
            errors.add(new FieldError("upn", "A unique pupil number is 13 characters: a letter, 11 digits, then a digit or letter."));
        }
        if (d.homePostcode() != null && !d.homePostcode().isBlank() && !POSTCODE.matcher(d.homePostcode().trim()).matches()) {
            errors.add(new FieldError("homePostcode", "'" + d.homePostcode() + "' is not a UK postcode."));
        }
        if (d.nhsNumber() != null && !d.nhsNumber().isBlank() && !validNhsNumber(d.nhsNumber().replace(" ", ""))) {
            errors.add(new FieldError("nhsNumber", "'" + d.nhsNumber() + "' is not a valid NHS number (ten digits with a check digit)."));
        }
        return errors;
    }

    /** Ten digits; weights 10 down to 2 on the first nine; 11 minus the sum mod 11 (11 is 0, 10 invalid) is the tenth. */
    static boolean validNhsNumber(String digits) {
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static void name(String field, String label, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label + " is required."));
        } else if (value.length() > 60) {
            errors.add(new FieldError(field, label + " can be at most 60 characters."));
        }
    }
}
