package org.corporateparenting.domain.shared;

import java.util.regex.Pattern;

/**
 * The formats of the references people type and files carry, one definition each, used by the forms, the API and the
 * 903 load alike. A child's reference is the 903's CHILD identifier: up to 10 characters (DfE SSDA903 guidance);
 * councils' case systems use letters and digits and some a hyphen or an underscore, so those are accepted too.
 */
public enum Reference {
    CHILD("Child reference", "[A-Za-z0-9_-]{1,10}", "1 to 10 letters, digits, hyphens or underscores"),
    HOUSEHOLD("Household reference", "[A-Za-z0-9-]{1,20}", "1 to 20 letters, digits or hyphens"),
    ENQUIRY("Enquiry reference", "[A-Za-z0-9-]{1,20}", "1 to 20 letters, digits or hyphens"),
    SOCIAL_WORKER("Social worker identifier", "[A-Za-z0-9]{1,20}", "1 to 20 letters or digits");

    private final String title;
    private final Pattern pattern;
    private final String form;

    Reference(String title, String pattern, String form) {
        this.title = title;
        this.pattern = Pattern.compile(pattern);
        this.form = form;
    }

    /** Whether the value is a reference of this kind (null is not). */
    public boolean fits(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    /** The form a reference of this kind takes, in words: "1 to 10 letters, digits, hyphens or underscores". */
    public String form() {
        return form;
    }

    /** What a reference of this kind must be, as a sentence: "Child reference must be 1 to 10 letters, ...". */
    public String rule() {
        return title + " must be " + form + ".";
    }
}
