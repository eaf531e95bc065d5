package org.corporateparenting.web.rest;

/**
 * An exception for the log without its messages: parse and database errors quote the values they refused (a
 * date of birth, a postcode), and logs must carry identifiers and field names only. Keeps each cause's class and
 * where it was thrown, which is what a developer needs.
 */
final class WithoutValues {

    private static final int FRAMES = 12;

    private WithoutValues() {
    }

    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            text.append(depth == 0 ? "" : "\nCaused by: ").append(current.getClass().getName()).append(" (message withheld)");
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
        }
        return text.toString();
    }
}
