package org.corporateparenting.domain.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * The one password rule for every password a person chooses or is given (first administrator, new user,
 * reset, own change): at least {@value #MINIMUM_LENGTH} characters, not one of the commonly used passwords
 * listed in {@code common-passwords.txt}, and not containing the username. Source: NCSC password guidance
 * (length over complexity, block common passwords) and NIST SP 800-63B section 5.1.1.2.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** What is wrong with the password for this user, each error naming {@code field}; empty when it is acceptable. */
    public static List<FieldError> problems(String field, String username, char[] password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length < MINIMUM_LENGTH) {
            errors.add(new FieldError(field, "Password must be at least " + MINIMUM_LENGTH + " characters."));
            return errors;
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            errors.add(new FieldError(field, "Password is on the list of commonly used passwords: choose another."));
        }
        if (username != null && username.length() >= 2 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "Password must not contain the username."));
        }
        return errors;
    }

    /** Refuses a password that breaks the rule, naming {@code field}. */
    public static void check(String field, String username, char[] password) {
        RuleViolation.throwIfAny(problems(field, username, password));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the domain module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
