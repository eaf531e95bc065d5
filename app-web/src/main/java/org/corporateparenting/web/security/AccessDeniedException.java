package org.corporateparenting.web.security;

/** Raised when a user opens a screen their role does not allow. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException() {
        super("Your role does not allow this page.");
    }
}
